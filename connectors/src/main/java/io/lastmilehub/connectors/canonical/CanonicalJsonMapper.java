package io.lastmilehub.connectors.canonical;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.json.JsonErrorPaths;
import io.lastmilehub.connectors.support.json.JsonField;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryOrders;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads delivery orders written in the canonical JSON itself (see {@code /schema/delivery-order.schema.json}): one
 * order object, an array of them, or {@code {"orders": [...]}}. Reading is strict ({@link CanonicalJson}); errors
 * name the field path in the document, e.g. {@code orders[1].shipTo.address.countryCode}.
 *
 * <p>The tenant comes from the credentials: a document may leave it out, but may not name another. The source
 * system and message id are the orders' {@code source}, which all orders of one message must share. Hub ids in
 * the document are dropped; the hub assigns its own.
 */
public final class CanonicalJsonMapper implements InboundMapper {

    /** The format name on the inbound contract. */
    public static final String FORMAT = "canonical-json";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        JsonNode root = parse(message.payload());
        if (root.isArray()) {
            List<DeliveryOrder> orders = Arrays.asList(read(root, DeliveryOrder[].class));
            return CanonicalOrders.toMappedMessage(message, orders, i -> "[" + i + "].", "$");
        }
        if (root.isObject() && root.has("orders")) {
            List<DeliveryOrder> orders = read(root, DeliveryOrders.class).getOrders();
            return CanonicalOrders.toMappedMessage(message, orders, i -> "orders[" + i + "].", "orders");
        }
        if (root.isObject()) {
            return CanonicalOrders.toMappedMessage(message, List.of(read(root, DeliveryOrder.class)), i -> "", "$");
        }
        throw new MappingException("$", "expected a delivery order object, an array of them or {\"orders\": [...]}");
    }

    private static JsonNode parse(byte[] payload) {
        try {
            JsonNode root = CanonicalJson.reader().readTree(payload);
            if (root == null || root.isMissingNode()) {
                throw new MappingException("$", "empty: expected a JSON document");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new MappingException("$", "not JSON: " + e.getOriginalMessage() + at(e.getLocation()), e);
        } catch (IOException e) {
            throw new MappingException("$", "unreadable: " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new MappingException("$", JsonField.UNREADABLE_NUMBER, e);
        }
    }

    private static <T> T read(JsonNode tree, Class<T> type) {
        try {
            return CanonicalJson.reader().forType(type).readValue(tree);
        } catch (JsonMappingException e) {
            throw new MappingException(JsonErrorPaths.of(e, "$"), reason(e), e);
        } catch (IOException e) {
            throw new MappingException("$", "unreadable: " + e.getMessage(), e);
        }
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown property; known properties: " + unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            return "'" + invalid.getValue() + "' is not one of "
                    + Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        if (e instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not " + expected(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType());
        }
        return e.getOriginalMessage();
    }

    /** What a value of that type looks like in JSON, in the sender's terms rather than Java's. */
    private static String expected(Class<?> type) {
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2025-03-14T09:00:00Z";
        }
        if (type == LocalTime.class) {
            return "a time of day such as 08:30";
        }
        return type == String.class || type.isEnum() ? "a string" : "a JSON object";
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
