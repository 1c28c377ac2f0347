package io.lastmilehub.connectors.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The canonical model as JSON, the same everywhere in the hub: instants as ISO-8601 UTC text (never epoch numbers),
 * empty values (null, empty text, empty lists) left out, and strict reading so that a sender's typo is named rather
 * than silently dropped: unknown properties, duplicate keys, null for a number, numbers for enum names and trailing
 * content all fail. Decimals keep their scale ({@code 129.90} stays {@code 129.90}).
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = newMapper();
    private static final ObjectReader READER = MAPPER.reader();
    private static final ObjectWriter WRITER = MAPPER.writer();

    private CanonicalJson() {
    }

    /** A new mapper with the canonical settings, for callers that need their own (it is mutable; do not share). */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The shared strict reader (immutable, thread-safe); {@code forType(...)} it. */
    public static ObjectReader reader() {
        return READER;
    }

    /** The shared writer (immutable, thread-safe). */
    public static ObjectWriter writer() {
        return WRITER;
    }

    /** A document as canonical JSON text. */
    public static String toJson(Object document) {
        try {
            return WRITER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + document.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A document as canonical JSON, UTF-8. */
    public static byte[] toJsonBytes(Object document) {
        try {
            return WRITER.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + document.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads a document strictly. It is not validated: run {@link io.lastmilehub.model.ModelValidator} on it.
     *
     * @throws JsonProcessingException when the JSON is malformed or does not fit the type; its path names the field
     */
    public static <T> T fromJson(byte[] json, Class<T> type) throws JsonProcessingException {
        try {
            return READER.forType(type).readValue(json);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
