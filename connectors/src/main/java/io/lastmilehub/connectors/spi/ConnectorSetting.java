package io.lastmilehub.connectors.spi;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One typed setting of an inbound format, as a tenant writes it under
 * {@code lastmile.tenants.<tenant>.connectors.<format>.<name>}. The factory declares it once; the hub reads, checks
 * and documents it from this declaration.
 *
 * @param <T> the type the format reads
 */
public final class ConnectorSetting<T> {

    private final String name;
    private final String type;
    private final String defaultValue;
    private final String description;
    private final Function<Object, T> parser;
    private final T absent;

    private ConnectorSetting(String name, String type, String defaultValue, String description,
                             Function<Object, T> parser, T absent) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        this.defaultValue = defaultValue;
        this.description = Objects.requireNonNull(description, "description");
        this.parser = parser;
        this.absent = absent;
    }

    /** Free text; {@code defaultValue} null for none. */
    public static ConnectorSetting<String> text(String name, String defaultValue, String description) {
        return new ConnectorSetting<>(name, "text", defaultValue, description, ConnectorSetting::scalar, null);
    }

    /** {@code true} or {@code false}. */
    public static ConnectorSetting<Boolean> flag(String name, boolean defaultValue, String description) {
        return new ConnectorSetting<>(name, "true or false", String.valueOf(defaultValue), description, raw -> {
            String text = scalar(raw);
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException("not true or false");
            }
            return Boolean.valueOf(text);
        }, null);
    }

    /** Exactly one character, e.g. a field separator. */
    public static ConnectorSetting<Character> character(String name, String defaultValue, String description) {
        return new ConnectorSetting<>(name, "one character", defaultValue, description, raw -> {
            String text = scalar(raw);
            if (text.length() != 1) {
                throw new IllegalArgumentException("not one character");
            }
            return text.charAt(0);
        }, null);
    }

    /** One of a few values, e.g. units. */
    public static ConnectorSetting<String> choice(String name, String defaultValue, List<String> values,
                                                  String description) {
        return new ConnectorSetting<>(name, String.join(", ", values), defaultValue, description, raw -> {
            String text = scalar(raw);
            if (!values.contains(text)) {
                throw new IllegalArgumentException("not one of " + String.join(", ", values));
            }
            return text;
        }, null);
    }

    /** A time zone id such as {@code Europe/Berlin}; {@code defaultValue} null for none. */
    public static ConnectorSetting<ZoneId> zone(String name, String defaultValue, String description) {
        return new ConnectorSetting<>(name, "time zone", defaultValue, description, raw -> {
            try {
                return ZoneId.of(scalar(raw));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not a time zone id such as Europe/Berlin", e);
            }
        }, null);
    }

    /** A table of texts by key, e.g. columns by field; empty by default. */
    public static ConnectorSetting<Map<String, String>> table(String name, String description) {
        return new ConnectorSetting<>(name, "table", null, description, raw -> {
            if (!(raw instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("not a table of key: value");
            }
            Map<String, String> table = new LinkedHashMap<>();
            map.forEach((key, value) -> table.put(String.valueOf(key), scalar(value)));
            return Map.copyOf(table);
        }, Map.of());
    }

    public String name() {
        return name;
    }

    /** The type in words, for the configuration reference. */
    public String type() {
        return type;
    }

    /** The value when the tenant sets none, as written in YAML; empty when there is none. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public String description() {
        return description;
    }

    /**
     * Reads a value as bound from YAML: text (numbers and flags included) or a table.
     *
     * @throws IllegalArgumentException whose message is the reason, when the value is not of this type
     */
    T parse(Object raw) {
        return parser.apply(raw);
    }

    /** The value when the tenant sets none: the default, else null (an empty table for a table). */
    T unset() {
        return defaultValue == null ? absent : parser.apply(defaultValue);
    }

    private static String scalar(Object raw) {
        if (raw instanceof Map<?, ?> || raw instanceof Iterable<?>) {
            throw new IllegalArgumentException("not a single value");
        }
        return String.valueOf(raw);
    }
}
