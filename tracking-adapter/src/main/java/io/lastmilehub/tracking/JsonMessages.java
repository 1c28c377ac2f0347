package io.lastmilehub.tracking;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reading of the JSON protocols: one shared, thread-safe mapper and null-safe field access.
 */
final class JsonMessages {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonMessages() {
    }

    /** The most characters of a field's path an error names. */
    private static final int PATH_IN_ERROR = 100;

    /**
     * Parses a JSON document, naming the protocol in the error, and refuses a number no {@code double} holds (such
     * as {@code 1e999}, which would be read as infinity).
     */
    static JsonNode parse(String message, String protocol) throws DecodeException {
        JsonNode root;
        try {
            root = MAPPER.readTree(message);
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the offending text; the sender is told only where reading stopped.
            JsonLocation at = e.getLocation();
            throw new DecodeException(protocol + ": not JSON" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        }
        requireFinite(root, "", protocol);
        return root;
    }

    private static void requireFinite(JsonNode node, String path, String protocol) throws DecodeException {
        if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            String field = path.length() > PATH_IN_ERROR ? path.substring(0, PATH_IN_ERROR) + "..." : path;
            throw new DecodeException(protocol + ": " + field + ": number out of range");
        }
        if (node.isObject()) {
            for (var fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                requireFinite(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                        protocol);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireFinite(node.get(i), path + "[" + i + "]", protocol);
            }
        }
    }

    /** Whether the node has the field as a number. */
    static boolean hasNumber(JsonNode node, String field) {
        return node != null && node.path(field).isNumber();
    }

    /** The field's text, or {@code null}; numbers are given as text too. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** Copies a scalar field into the report's attributes when present. */
    static void copy(JsonNode node, String field, ReportBuilder report) {
        String value = text(node, field);
        if (value != null) {
            report.attribute(field, value);
        }
    }
}
