package io.lastmilehub.hub.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * What is wrong in a configuration file Jackson could not read, for the start-up message: the field
 * ({@code vehicles[0].rangeKm}), Jackson's reason and the line. A value the YAML parser itself refuses (a number
 * such as {@code .inf}) has no mapping path, so its field comes from where the parser stood.
 */
public final class YamlProblem {

    private YamlProblem() {
    }

    /** {@code field: reason (line l, column c)}; the field is {@code (file)} where none is known. */
    public static String describe(JsonProcessingException e) {
        return field(e) + ": " + e.getOriginalMessage() + line(e.getLocation());
    }

    private static String field(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return dotted(mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").toList());
        }
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            Deque<String> names = new ArrayDeque<>();
            for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    names.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
                } else if (c.getCurrentName() != null) { // an object refused before its first key has no name yet
                    names.addFirst(c.getCurrentName());
                }
            }
            if (!names.isEmpty()) {
                return dotted(names);
            }
        }
        return "(file)";
    }

    private static String dotted(Iterable<String> names) {
        return String.join(".", names).replace(".[", "[");
    }

    private static String line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : String.format(Locale.ROOT, " (line %d, column %d)", location.getLineNr(), location.getColumnNr());
    }
}
