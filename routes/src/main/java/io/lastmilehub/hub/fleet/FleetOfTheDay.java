package io.lastmilehub.hub.fleet;

import io.lastmilehub.hub.config.Fleet;
import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Driver;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.planning.DeliveryMode;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A depot's fleet of a day: the stored fleet as it was on that day (a past day), or as it is now (today and later
 * days). Planning leaves out the drivers who do not work that day and the crewed vehicles those drivers drive;
 * within the day, the planner keeps each route inside its driver's shift.
 */
@Component
public class FleetOfTheDay {

    private final FleetStore store;
    private final FleetRegistry files;
    private final Clock clock;

    public FleetOfTheDay(FleetStore store, FleetRegistry files, Clock clock) {
        this.store = store;
        this.files = files;
        this.clock = clock;
    }

    /** The tenant's fleet for planning the depot's day. */
    public Fleet forPlanning(String tenant, Depot depot, LocalDate day) {
        Instant at = instantOf(ZoneId.of(depot.getZoneId()), day);
        return available(store.fleetAsOf(tenant, at), store.availabilityAsOf(tenant, at), day);
    }

    /** The tenant's whole fleet (drivers off included) as stored on the depot's day; UTC days for an unknown depot. */
    public Fleet asStored(String tenant, String depotId, LocalDate day) {
        ZoneId zone = files.fleetOf(tenant).depot(depotId).map(Depot::getZoneId).map(ZoneId::of)
                .orElse(ZoneOffset.UTC);
        return store.fleetAsOf(tenant, instantOf(zone, day));
    }

    /** Now, or the day's last millisecond when the day is over. */
    private Instant instantOf(ZoneId zone, LocalDate day) {
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        return now.isBefore(dayEnd) ? now : dayEnd.minusMillis(1);
    }

    /** The fleet without the drivers off on the day and the crewed vehicles they drive. */
    static Fleet available(Fleet fleet, Map<String, DriverAvailability> availability, LocalDate day) {
        Set<String> off = fleet.drivers().stream()
                .filter(d -> !availability.getOrDefault(d.getId(), DriverAvailability.EVERY_DAY).worksOn(day))
                .map(Driver::getId).collect(Collectors.toSet());
        Set<String> unmanned = fleet.drivers().stream().filter(d -> off.contains(d.getId()))
                .map(Driver::getVehicleId).collect(Collectors.toSet());
        return new Fleet(fleet.depots(), fleet.vehicles().stream().filter(v -> !unmanned.contains(v.getId())
                || !crewed(v)).toList(),
                fleet.drivers().stream().filter(d -> !off.contains(d.getId())).toList());
    }

    private static boolean crewed(Vehicle vehicle) {
        return DeliveryMode.of(vehicle.getType()).crewed();
    }
}
