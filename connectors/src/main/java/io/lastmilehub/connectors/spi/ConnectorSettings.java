package io.lastmilehub.connectors.spi;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** A tenant's values of the settings an inbound format declares, checked against the declaration. */
public final class ConnectorSettings {

    private final Map<String, ConnectorSetting<?>> declared;
    private final Map<String, ?> values;

    private ConnectorSettings(Map<String, ConnectorSetting<?>> declared, Map<String, ?> values) {
        this.declared = declared;
        this.values = values;
    }

    /**
     * The values a tenant wrote, by setting name.
     *
     * @throws InvalidConnectorSettingException naming a value whose setting the format does not declare
     */
    public static ConnectorSettings of(List<ConnectorSetting<?>> declared, Map<String, ?> values) {
        Map<String, ConnectorSetting<?>> byName = declared.stream()
                .collect(Collectors.toMap(ConnectorSetting::name, setting -> setting));
        values.forEach((name, value) -> {
            if (!byName.containsKey(name)) {
                throw new InvalidConnectorSettingException(name, String.valueOf(value), "no such setting; known: "
                        + (byName.isEmpty() ? "none" : String.join(", ", byName.keySet().stream().sorted().toList())));
            }
        });
        return new ConnectorSettings(byName, Collections.unmodifiableMap(new HashMap<>(values)));
    }

    /** Every setting at its default. */
    public static ConnectorSettings defaults(List<ConnectorSetting<?>> declared) {
        return of(declared, Map.of());
    }

    /** Whether the tenant wrote a value for the setting. */
    public boolean isSet(ConnectorSetting<?> setting) {
        return values.containsKey(setting.name());
    }

    /**
     * The tenant's value of a setting, else its default; null when it has neither.
     *
     * @throws InvalidConnectorSettingException naming the setting when its value is not of its type
     */
    public <T> T get(ConnectorSetting<T> setting) {
        if (declared.get(setting.name()) != setting) {
            throw new IllegalArgumentException("setting " + setting.name() + " is not declared by this format");
        }
        Object raw = values.get(setting.name());
        if (raw == null) {
            return setting.unset();
        }
        try {
            return setting.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidConnectorSettingException(setting.name(), Objects.toString(raw), e.getMessage());
        }
    }
}
