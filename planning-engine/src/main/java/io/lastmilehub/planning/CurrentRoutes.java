package io.lastmilehub.planning;

import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routes under way when re-planning: per vehicle where it is, from when it is free and the stops it must keep.
 * Vehicles not listed are at their depot and free from their shift's start.
 */
public final class CurrentRoutes {

    /** Nothing under way: plain static planning. */
    public static final CurrentRoutes NONE = new CurrentRoutes(List.of());

    private final Map<String, VehicleProgress> byVehicle = new LinkedHashMap<>();

    /** @throws IllegalArgumentException if a vehicle or a fixed order appears twice */
    public CurrentRoutes(List<VehicleProgress> vehicles) {
        Set<String> fixed = new HashSet<>();
        for (VehicleProgress progress : Checks.notNull(vehicles, "vehicles")) {
            Checks.check(byVehicle.put(progress.vehicleId(), progress) == null,
                    "vehicle " + progress.vehicleId() + " appears twice");
            progress.fixedOrderIds().forEach(id -> Checks.check(fixed.add(id),
                    "order " + id + " is fixed on two vehicles"));
        }
    }

    /** The progress of a vehicle, if it is under way. */
    public Optional<VehicleProgress> of(String vehicleId) {
        return Optional.ofNullable(byVehicle.get(vehicleId));
    }

    /** Every vehicle under way, in the order given. */
    public List<VehicleProgress> vehicles() {
        return List.copyOf(byVehicle.values());
    }

    /** Ids of every order fixed on some vehicle. */
    public Set<String> fixedOrderIds() {
        Set<String> ids = new HashSet<>();
        byVehicle.values().forEach(progress -> ids.addAll(progress.fixedOrderIds()));
        return ids;
    }
}
