package io.lastmilehub.hub.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lastmilehub.model.ModelValidator;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads every tenant's fleet file once at start-up and fails the start if one is invalid. */
@Component
public class FleetRegistry {

    private final Map<String, Fleet> fleets = new HashMap<>();

    public FleetRegistry(HubProperties properties) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        properties.tenants().forEach((tenant, settings) -> {
            if (settings.fleetFile() != null) {
                fleets.put(tenant, read(yaml, ConfiguredPaths.file("lastmile.tenants." + tenant + ".fleet-file",
                        properties.configPath().resolve(settings.fleetFile()))));
            }
        });
    }

    /** The tenant's fleet; empty when it has no fleet file. */
    public Fleet fleetOf(String tenant) {
        return fleets.getOrDefault(tenant, Fleet.EMPTY);
    }

    private static Fleet read(ObjectMapper yaml, Path file) {
        try {
            Fleet fleet = yaml.readValue(file.toFile(), Fleet.class);
            fleet.depots().forEach(ModelValidator::requireValid);
            fleet.vehicles().forEach(ModelValidator::requireValid);
            fleet.drivers().forEach(ModelValidator::requireValid);
            return fleet;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Invalid fleet file " + file.toAbsolutePath() + ": "
                    + YamlProblem.describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read fleet file " + file.toAbsolutePath(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid fleet file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
