package io.lastmilehub.hub.fleet;

import io.lastmilehub.hub.config.CostModelRegistry;
import io.lastmilehub.hub.config.Fleet;
import io.lastmilehub.hub.config.FleetCurrencyCheck;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.errors.Violation;
import io.lastmilehub.model.Driver;
import io.lastmilehub.model.InvalidModelException;
import io.lastmilehub.model.ModelValidator;
import io.lastmilehub.model.Vehicle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a vehicle or driver sent to the fleet API must be, beyond the canonical model's constraints, so that the
 * tenant's depots can still be planned: a vehicle at one of the tenant's depots, costed in the currency of the depot's
 * other vehicles; a driver of a vehicle the tenant has, which no other driver drives.
 */
@Component
public class FleetRules {

    private final FleetStore store;
    private final CostModelRegistry costModel;
    private final Clock clock;

    public FleetRules(FleetStore store, CostModelRegistry costModel, Clock clock) {
        this.store = store;
        this.costModel = costModel;
        this.clock = clock;
    }

    /**
     * @param pathId the id in the path (PUT), null when the body names it (POST)
     * @return the vehicle, with the path's id when the body left it out
     * @throws InvalidMessageException naming each field that is wrong
     */
    public Vehicle vehicle(String tenant, String pathId, Vehicle sent) {
        Vehicle vehicle = pathId != null && sent.getId() == null ? sent.toBuilder().id(pathId).buildUnvalidated()
                : sent;
        List<Violation> violations = modelViolations(vehicle);
        idInPath(pathId, vehicle.getId()).ifPresent(violations::add);
        Fleet now = store.fleetAsOf(tenant, clock.instant());
        if (vehicle.getDepotId() != null && now.depot(vehicle.getDepotId()).isEmpty()) {
            violations.add(new Violation("depotId", "not a depot of the tenant's fleet file: "
                    + vehicle.getDepotId()));
        }
        if (violations.isEmpty()) {
            Fleet after = new Fleet(now.depots(), Stream.concat(now.vehicles().stream()
                    .filter(v -> !v.getId().equals(vehicle.getId())), Stream.of(vehicle)).toList(), now.drivers());
            FleetCurrencyCheck.problem(after, now.depot(vehicle.getDepotId()).orElseThrow(), costModel.table())
                    .ifPresent(reason -> violations.add(new Violation("costs.currency", reason)));
        }
        return valid(vehicle, violations);
    }

    /** As {@link #vehicle}, for a driver. */
    public Driver driver(String tenant, String pathId, Driver sent) {
        Driver driver = pathId != null && sent.getId() == null ? sent.toBuilder().id(pathId).buildUnvalidated() : sent;
        List<Violation> violations = modelViolations(driver);
        idInPath(pathId, driver.getId()).ifPresent(violations::add);
        String vehicleId = driver.getVehicleId();
        if (vehicleId != null) {
            Fleet now = store.fleetAsOf(tenant, clock.instant());
            if (now.vehicles().stream().noneMatch(v -> v.getId().equals(vehicleId))) {
                violations.add(new Violation("vehicleId", "not a vehicle of the tenant's fleet: " + vehicleId));
            }
            now.drivers().stream().filter(d -> vehicleId.equals(d.getVehicleId()))
                    .filter(d -> !d.getId().equals(driver.getId())).findFirst()
                    .ifPresent(other -> violations.add(new Violation("vehicleId", "vehicle " + vehicleId
                            + " is driven by " + other.getId() + " already")));
        }
        return valid(driver, violations);
    }

    private static List<Violation> modelViolations(Object item) {
        try {
            ModelValidator.requireValid(item);
            return new ArrayList<>();
        } catch (InvalidModelException e) {
            return new ArrayList<>(InvalidMessageException.of(e).getViolations());
        }
    }

    private static Optional<Violation> idInPath(String pathId, String id) {
        return pathId == null || Objects.equals(pathId, id) ? Optional.empty()
                : Optional.of(new Violation("id", "must be the id in the path, " + pathId));
    }

    private static <T> T valid(T item, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidMessageException(violations);
        }
        return item;
    }
}
