package io.lastmilehub.planning;

import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleCosts;
import io.lastmilehub.model.VehicleType;

import java.util.EnumMap;
import java.util.Map;

/**
 * What each delivery mode costs to run when a vehicle does not state its own costs: the hub reads it from
 * {@code config/cost-model.yaml}. A vehicle's own {@link Vehicle#getCosts() costs} always win.
 *
 * <p>Example: the table says a cargo bike costs 15 fixed, 0.05 per km and 24 per hour; a cargo bike of the fleet
 * without costs is priced so, one with its own costs at those.
 */
public final class CostTable {

    /** No mode has costs: vehicles without their own cost nothing (the solver still prefers short routes). */
    public static final CostTable NONE = new CostTable(Map.of());

    private final Map<VehicleType, VehicleCosts> byMode;

    /** @param byMode costs per mode; modes left out have none */
    public CostTable(Map<VehicleType, VehicleCosts> byMode) {
        Checks.notNull(byMode, "byMode");
        Map<VehicleType, VehicleCosts> copy = new EnumMap<>(VehicleType.class);
        byMode.forEach((mode, costs) -> copy.put(Checks.notNull(mode, "mode"), Checks.notNull(costs,
                "costs of " + mode)));
        this.byMode = copy;
    }

    /** The vehicle's own costs, else its mode's, else null. */
    public VehicleCosts costsOf(Vehicle vehicle) {
        return vehicle.getCosts() != null ? vehicle.getCosts() : byMode.get(vehicle.getType());
    }

    /** The costs of a mode, or null. */
    public VehicleCosts costsOf(VehicleType mode) {
        return byMode.get(mode);
    }

    @Override
    public String toString() {
        return "CostTable" + byMode.keySet();
    }
}
