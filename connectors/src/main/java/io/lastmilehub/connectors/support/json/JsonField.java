package io.lastmilehub.connectors.support.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.support.address.CountryCodes;
import io.lastmilehub.connectors.spi.MappingException;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A node of an inbound JSON document together with its path from the root, so that every problem is reported with
 * the field the sender has to fix, e.g. {@code order.shipping_address.country_code}. The root itself is named
 * {@code $}. Navigating to an absent field is allowed and yields an absent field; only reading a required value from
 * it fails. Values are read leniently, as shop platforms send them: numbers may come as strings, flags as 0/1.
 */
public final class JsonField {

    /** The root's name in errors. */
    public static final String ROOT = "$";
    /**
     * Why a document with a number Jackson cannot hold (an exponent of more digits than it reads) is refused. Jackson
     * throws a NumberFormatException for it, with the number in its message, which must not be echoed.
     */
    public static final String UNREADABLE_NUMBER = "not JSON: a number has more digits or a larger exponent than "
            + "can be read";

    private static final ObjectReader TREE_READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build()
            .reader();

    private final JsonNode node;
    private final String path;

    private JsonField(JsonNode node, String path) {
        this.node = node == null ? MissingNode.getInstance() : node;
        this.path = path;
    }

    /**
     * Parses a message's payload.
     *
     * @throws MappingException naming {@code $} when the payload is not JSON
     */
    public static JsonField parse(InboundMessage message) {
        try {
            JsonNode root = TREE_READER.readTree(message.payload());
            if (root == null || root.isMissingNode()) {
                throw new MappingException(ROOT, "empty: expected a JSON document");
            }
            return new JsonField(root, "");
        } catch (JsonProcessingException e) {
            throw new MappingException(ROOT, "not JSON: " + e.getOriginalMessage() + at(e.getLocation()), e);
        } catch (IOException e) {
            throw new MappingException(ROOT, "unreadable: " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new MappingException(ROOT, UNREADABLE_NUMBER, e);
        }
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The path from the root, {@code $} for the root itself. */
    public String path() {
        return path.isEmpty() ? ROOT : path;
    }

    /** The child field of that name (absent when this is not an object or has no such field). */
    public JsonField get(String name) {
        return new JsonField(node.path(name), path.isEmpty() ? name : path + "." + name);
    }

    /** The array element at that index (absent when this is not an array or is shorter). */
    public JsonField get(int index) {
        return new JsonField(node.path(index), path + "[" + index + "]");
    }

    /** Whether the field is there and not {@code null}. */
    public boolean isPresent() {
        return !node.isMissingNode() && !node.isNull();
    }

    /** Whether the field is a JSON object. */
    public boolean isObject() {
        return node.isObject();
    }

    /** Whether the field is a JSON array. */
    public boolean isArray() {
        return node.isArray();
    }

    /** Whether this object has a child of that name, even a {@code null} one. */
    public boolean has(String name) {
        return node.has(name);
    }

    /**
     * This field, which must be an object.
     *
     * @throws MappingException reason {@code missing} or {@code not a JSON object}
     */
    public JsonField requireObject() {
        if (!isPresent()) {
            throw new MappingException(path(), "missing");
        }
        if (!node.isObject()) {
            throw new MappingException(path(), "not a JSON object");
        }
        return this;
    }

    /** The elements of an array field, empty when the field is absent. */
    public List<JsonField> elements() {
        if (!isPresent()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new MappingException(path(), "not a JSON array");
        }
        List<JsonField> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(get(i));
        }
        return elements;
    }

    /** The value as trimmed text (numbers too), {@code null} when absent or blank. */
    public String text() {
        if (!isPresent()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw new MappingException(path(), "not a single value");
        }
        String text = node.asText().trim();
        return text.isEmpty() ? null : text;
    }

    /**
     * The value as trimmed text.
     *
     * @throws MappingException reason {@code missing} when absent or blank
     */
    public String requiredText() {
        String text = text();
        if (text == null) {
            throw new MappingException(path(), "missing");
        }
        return text;
    }

    /** The text of the first of these child fields that has one, {@code null} when none has. */
    public String firstText(String... names) {
        for (String name : names) {
            String text = get(name).text();
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** The texts of these child fields that have one, joined, e.g. first and last name; {@code null} when none. */
    public String joinedText(String separator, String... names) {
        String joined = Arrays.stream(names).map(name -> get(name).text()).filter(Objects::nonNull)
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    /** The value as a decimal number (a JSON number or a numeric string), {@code null} when absent or blank. */
    public BigDecimal decimal() {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        String text = text();
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new MappingException(path(), "not a number: " + text, e);
        }
    }

    /** The value as a number, or the fallback when absent or blank. */
    public double number(double fallback) {
        BigDecimal value = decimal();
        return value == null ? fallback : value.doubleValue();
    }

    /** The value as a flag ({@code true}/{@code false}, 1/0, "1"/"0"), or the fallback when absent or blank. */
    public boolean flag(boolean fallback) {
        String text = text();
        if (text == null) {
            return fallback;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new MappingException(path(), "not a flag: " + text);
        };
    }

    /**
     * The value as an ISO 3166-1 alpha-2 country code, upper case; shops that send alpha-3 codes or country names
     * ("Deutschland", "United States") are understood too.
     *
     * @throws MappingException reason {@code missing} or {@code not an ISO 3166-1 country code}
     */
    public String countryCode() {
        return CountryCodes.alpha2(requiredText())
                .orElseThrow(() -> new MappingException(path(), "not an ISO 3166-1 country code"));
    }

    /**
     * The value as an ISO 4217 currency code, upper case.
     *
     * @throws MappingException reason {@code missing} or {@code not an ISO 4217 currency code}
     */
    public String currencyCode() {
        String code = requiredText().toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new MappingException(path(), "not an ISO 4217 currency code", e);
        }
    }

    @Override
    public String toString() {
        return path() + "=" + node;
    }
}
