package io.lastmilehub.hub.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.config.Fleet;
import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.model.Driver;
import io.lastmilehub.model.Vehicle;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored fleet, read as of an instant: vehicles, drivers and drivers' availability from {@code fleet_version},
 * depots from the fleet file (they are configuration, not versioned data).
 */
@Component
@DependsOn("fleetSeed") // read only once the fleet files are in
public class FleetStore {

    private final FleetVersions versions;
    private final FleetRegistry files;
    private final ObjectMapper json;

    public FleetStore(FleetVersions versions, FleetRegistry files, ObjectMapper json) {
        this.versions = versions;
        this.files = files;
        this.json = json;
    }

    /** The tenant's fleet as it was at the instant. */
    public Fleet fleetAsOf(String tenant, Instant at) {
        return new Fleet(files.fleetOf(tenant).depots(), items(tenant, FleetKind.VEHICLE, Vehicle.class, at),
                items(tenant, FleetKind.DRIVER, Driver.class, at));
    }

    /** Each driver's availability at the instant, by driver id; a driver not in it works every day. */
    public Map<String, DriverAvailability> availabilityAsOf(String tenant, Instant at) {
        Map<String, DriverAvailability> byDriver = new LinkedHashMap<>();
        versions.validAt(tenant, FleetKind.AVAILABILITY, at)
                .forEach(v -> byDriver.put(v.itemId(), read(v, DriverAvailability.class)));
        return byDriver;
    }

    /** The tenant's items of a kind at the instant, with their versions. */
    public <T> List<FleetEntry<T>> entries(String tenant, FleetKind kind, Class<T> type, Instant at) {
        return versions.validAt(tenant, kind, at).stream().map(v -> FleetEntry.of(v, read(v, type))).toList();
    }

    /** One item at the instant with its version; empty when it did not exist then or was retired. */
    public <T> Optional<FleetEntry<T>> entry(String tenant, FleetKind kind, String id, Class<T> type, Instant at) {
        return versions.validAt(tenant, kind, id, at).map(v -> FleetEntry.of(v, read(v, type)));
    }

    <T> T read(FleetVersion version, Class<T> type) {
        try {
            return json.readValue(version.document(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " " + version.itemId() + " version "
                    + version.version() + " cannot be read", e);
        }
    }

    private <T> List<T> items(String tenant, FleetKind kind, Class<T> type, Instant at) {
        return versions.validAt(tenant, kind, at).stream().map(v -> read(v, type)).toList();
    }
}
