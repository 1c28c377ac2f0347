package io.lastmilehub.hub.fleet;

import io.lastmilehub.model.Driver;
import io.lastmilehub.model.Vehicle;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The fleet and driver tables of the reporting dashboard, beside it under {@code /api/v1/reports/}: a browser sends
 * the login it gave the dashboard only to the dashboard's own directory (the API asks no browser for one).
 */
@RestController
public class FleetTablesController {

    private final FleetStore store;
    private final Clock clock;

    public FleetTablesController(FleetStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reports/fleet")
    public FleetTables fleetTables(@RequestParam(required = false) String asOf, Authentication caller) {
        Instant at = AsOf.parse(asOf, clock);
        return new FleetTables(store.entries(caller.getName(), FleetKind.VEHICLE, Vehicle.class, at),
                store.entries(caller.getName(), FleetKind.DRIVER, Driver.class, at));
    }

    /** The tenant's vehicles and drivers at one instant, each with its version, as the fleet API lists them. */
    public record FleetTables(List<FleetEntry<Vehicle>> vehicles, List<FleetEntry<Driver>> drivers) {
    }
}
