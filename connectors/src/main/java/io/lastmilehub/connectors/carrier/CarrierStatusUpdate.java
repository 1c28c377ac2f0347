package io.lastmilehub.connectors.carrier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.spi.MappingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * One status webhook of a carrier, read with the carrier's {@link WebhookFields}.
 *
 * @param eventId        the carrier's event id, or null
 * @param trackingNumber the shipment's tracking number
 * @param code           the carrier's status code
 * @param occurredAt     when it happened, or null when the carrier did not say
 */
public record CarrierStatusUpdate(String eventId, String trackingNumber, String code, Instant occurredAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws MappingException naming the JSON pointer of a missing or malformed value */
    public static CarrierStatusUpdate read(byte[] body, WebhookFields fields) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MappingException("$", "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new MappingException("$", "not a JSON object");
        }
        String eventId = fields.eventId() == null ? null : optional(root, fields.eventId());
        String occurred = fields.occurredAt() == null ? null : optional(root, fields.occurredAt());
        return new CarrierStatusUpdate(eventId, required(root, fields.trackingNumber()),
                required(root, fields.status()), occurred == null ? null : instant(occurred, fields.occurredAt()));
    }

    private static String required(JsonNode root, String pointer) {
        String value = optional(root, pointer);
        if (value == null) {
            throw new MappingException(pointer, "missing");
        }
        return value;
    }

    private static String optional(JsonNode root, String pointer) {
        JsonNode value = root.at(pointer);
        return value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static Instant instant(String text, String pointer) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new MappingException(pointer, "'" + text + "' is not an ISO-8601 time with offset");
        }
    }
}
