package io.lastmilehub.connectors.geocoding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.InvalidModelException;

import java.util.Optional;

/** Small JSON helpers shared by the providers' response parsers. */
final class ProviderJson {

    private static final ObjectReader READER = JsonMapper.builder().build().reader();

    private ProviderJson() {
    }

    /** @throws GeocodingException when the body is not JSON: the provider answered 200 with something else */
    static JsonNode parse(String provider, String body) {
        try {
            JsonNode root = READER.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw new GeocodingException(provider + " answered with an empty body");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new GeocodingException(provider + " answered with something that is not JSON: "
                    + ProviderHttp.excerpt(body), e);
        }
    }

    /** A field's text, or null when it is absent, null or blank. Numbers are read as their text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text.strip();
    }

    /** The point at these coordinates, or empty when either is missing or out of range. */
    static Optional<GeoPoint> point(JsonNode latitude, JsonNode longitude) {
        if (!isNumber(latitude) || !isNumber(longitude)) {
            return Optional.empty();
        }
        try {
            return Optional.of(GeoPoint.builder()
                    .latitude(Double.parseDouble(latitude.asText()))
                    .longitude(Double.parseDouble(longitude.asText()))
                    .build());
        } catch (InvalidModelException e) {
            return Optional.empty();
        }
    }

    /** A number, or a string holding one (Nominatim writes coordinates as strings). */
    private static boolean isNumber(JsonNode node) {
        if (node.isNumber()) {
            return true;
        }
        if (!node.isTextual()) {
            return false;
        }
        try {
            return Double.isFinite(Double.parseDouble(node.asText()));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
