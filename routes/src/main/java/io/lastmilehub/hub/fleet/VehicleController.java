package io.lastmilehub.hub.fleet;

import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.Vehicle;
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

/** The caller's vehicles, now or as they were at {@code asOf}; each change a new version (docs/fleet.md). */
@RestController
@RequestMapping("/api/v1/fleet/vehicles")
public class VehicleController {

    private final FleetStore store;
    private final FleetChanges changes;
    private final FleetRules rules;
    private final Clock clock;

    public VehicleController(FleetStore store, FleetChanges changes, FleetRules rules, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping
    public List<FleetEntry<Vehicle>> vehicles(@RequestParam(required = false) String asOf, Authentication caller) {
        return store.entries(caller.getName(), FleetKind.VEHICLE, Vehicle.class, at(asOf));
    }

    @GetMapping("/{id}")
    public FleetEntry<Vehicle> vehicle(@PathVariable String id, @RequestParam(required = false) String asOf,
                                       Authentication caller) {
        return store.entry(caller.getName(), FleetKind.VEHICLE, id, Vehicle.class,
                at(asOf)).orElseThrow(() -> new NotFoundException("vehicle", id));
    }

    @PostMapping
    public ResponseEntity<FleetEntry<Vehicle>> add(@RequestBody Vehicle vehicle, Authentication caller) {
        Vehicle valid = rules.vehicle(caller.getName(), null, vehicle);
        FleetVersion stored = changes.create(caller.getName(), FleetKind.VEHICLE, valid.getId(), valid);
        return ResponseEntity.created(URI.create("/api/v1/fleet/vehicles/" + valid.getId()))
                .body(FleetEntry.of(stored, valid));
    }

    @PutMapping("/{id}")
    public FleetEntry<Vehicle> change(@PathVariable String id, @RequestBody Vehicle vehicle, Authentication caller) {
        vehicle(id, null, caller); // another tenant's or a retired one: 404 before any check of the body
        Vehicle valid = rules.vehicle(caller.getName(), id, vehicle);
        return FleetEntry.of(changes.update(caller.getName(), FleetKind.VEHICLE, id, valid), valid);
    }

    /** Retires the vehicle: from now on it is not in the fleet; it stays in the fleet of earlier instants. */
    @DeleteMapping("/{id}")
    public ResponseEntity<Void> retire(@PathVariable String id, Authentication caller) {
        changes.retire(caller.getName(), FleetKind.VEHICLE, id);
        return ResponseEntity.noContent().build();
    }

    private Instant at(String asOf) {
        return AsOf.parse(asOf, clock);
    }
}
