package io.lastmilehub.hub.config;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

/** {@link HubProperties} bound from {@code lastmile.*} keys as Spring Boot binds them from YAML. */
public final class BoundProperties {

    private BoundProperties() {
    }

    public static HubProperties of(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("lastmile", HubProperties.class);
    }
}
