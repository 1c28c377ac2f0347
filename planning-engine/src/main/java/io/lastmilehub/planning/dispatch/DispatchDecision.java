package io.lastmilehub.planning.dispatch;

import io.lastmilehub.model.Route;

/**
 * Where an on-demand order went.
 *
 * @param orderId   the order
 * @param tier      name of the tier that took it, null when none did
 * @param vehicleId the vehicle it was inserted into, null otherwise
 * @param route     that vehicle's route from now on with the order in it, null otherwise
 * @param addedCost what the insertion adds to that vehicle's route (its fixed cost if it was idle)
 * @param carrier   the carrier it was handed to, null otherwise
 * @param reason    why no tier took it, null otherwise
 */
public record DispatchDecision(String orderId, String tier, String vehicleId, Route route, double addedCost,
                               String carrier, String reason) {

    /** Inserted into a vehicle's route. */
    public static DispatchDecision toVehicle(String orderId, String tier, Route route, double addedCost) {
        return new DispatchDecision(orderId, tier, route.getVehicleId(), route, addedCost, null, null);
    }

    /** Handed to a carrier. */
    public static DispatchDecision toCarrier(String orderId, String tier, String carrier) {
        return new DispatchDecision(orderId, tier, null, null, 0, carrier, null);
    }

    /** Taken by no tier. */
    public static DispatchDecision unassigned(String orderId, String reason) {
        return new DispatchDecision(orderId, null, null, null, 0, null, reason);
    }

    /** True when a vehicle or a carrier took it. */
    public boolean dispatched() {
        return reason == null;
    }
}
