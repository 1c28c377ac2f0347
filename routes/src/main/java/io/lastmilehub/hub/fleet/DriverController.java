package io.lastmilehub.hub.fleet;

import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.Driver;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The caller's drivers, now or as they were at {@code asOf}, and each driver's availability (working days, days
 * off) beneath it; the hours are the driver's shift. Each change a new version (docs/fleet.md).
 */
@RestController
@RequestMapping("/api/v1/fleet/drivers")
public class DriverController {

    private final FleetStore store;
    private final FleetChanges changes;
    private final FleetRules rules;
    private final Clock clock;

    public DriverController(FleetStore store, FleetChanges changes, FleetRules rules, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping
    public List<FleetEntry<Driver>> drivers(@RequestParam(required = false) String asOf, Authentication caller) {
        return store.entries(caller.getName(), FleetKind.DRIVER, Driver.class, at(asOf));
    }

    @GetMapping("/{id}")
    public FleetEntry<Driver> driver(@PathVariable String id, @RequestParam(required = false) String asOf,
                                     Authentication caller) {
        return store.entry(caller.getName(), FleetKind.DRIVER, id, Driver.class, at(asOf))
                .orElseThrow(() -> new NotFoundException("driver", id));
    }

    @PostMapping
    public ResponseEntity<FleetEntry<Driver>> add(@RequestBody Driver driver, Authentication caller) {
        Driver valid = rules.driver(caller.getName(), null, driver);
        FleetVersion stored = changes.create(caller.getName(), FleetKind.DRIVER, valid.getId(), valid);
        return ResponseEntity.created(URI.create("/api/v1/fleet/drivers/" + valid.getId()))
                .body(FleetEntry.of(stored, valid));
    }

    @PutMapping("/{id}")
    public FleetEntry<Driver> change(@PathVariable String id, @RequestBody Driver driver, Authentication caller) {
        driver(id, null, caller); // another tenant's or a retired one: 404 before any check of the body
        Driver valid = rules.driver(caller.getName(), id, driver);
        return FleetEntry.of(changes.update(caller.getName(), FleetKind.DRIVER, id, valid), valid);
    }

    /** Retires the driver: from now on not in the fleet; still in the fleet of earlier instants. */
    @DeleteMapping("/{id}")
    public ResponseEntity<Void> retire(@PathVariable String id, Authentication caller) {
        changes.retire(caller.getName(), FleetKind.DRIVER, id);
        return ResponseEntity.noContent().build();
    }

    /** The driver's working days and days off; every day when none was set. */
    @GetMapping("/{id}/availability")
    public DriverAvailability availability(@PathVariable String id, @RequestParam(required = false) String asOf,
                                           Authentication caller) {
        driver(id, asOf, caller);
        return store.entry(caller.getName(), FleetKind.AVAILABILITY, id, DriverAvailability.class, at(asOf))
                .map(FleetEntry::item).orElse(DriverAvailability.EVERY_DAY);
    }

    @PutMapping("/{id}/availability")
    public DriverAvailability setAvailability(@PathVariable String id, @RequestBody DriverAvailability availability,
                                              Authentication caller) {
        driver(id, null, caller);
        changes.put(caller.getName(), FleetKind.AVAILABILITY, id, availability);
        return availability;
    }

    private Instant at(String asOf) {
        return AsOf.parse(asOf, clock);
    }
}
