package io.lastmilehub.hub.planning;

import io.lastmilehub.model.Stop;
import io.lastmilehub.planning.dispatch.DispatchDecision;

import java.util.List;

/**
 * Where an on-demand order went, as the hub records and shows it.
 *
 * @param orderId   the order
 * @param tier      the tier that took it; null when none did
 * @param vehicleId the vehicle it joined; null otherwise
 * @param route     that vehicle's orders still to serve, in order, with the new one among them; empty otherwise
 * @param addedCost what it adds to that vehicle's route
 * @param carrier   the carrier it is handed to (the booking itself is the carrier connector's); null otherwise
 * @param refusals  why each vehicle tier before did not take it ("tier: reason; ..."); null when the first did
 */
public record DispatchOutcome(String orderId, String tier, String vehicleId, List<String> route, double addedCost,
                              String carrier, String refusals) {

    public DispatchOutcome {
        route = route == null ? List.of() : List.copyOf(route);
    }

    static DispatchOutcome toVehicle(DispatchDecision decision) {
        return new DispatchOutcome(decision.orderId(), decision.tier(), decision.vehicleId(),
                decision.route().getStops().stream().map(Stop::getOrderId).distinct().toList(),
                decision.addedCost(), null, null);
    }

    static DispatchOutcome toCarrier(String orderId, String tier, String carrier, String refusals) {
        return new DispatchOutcome(orderId, tier, null, List.of(), 0, carrier, refusals);
    }

    static DispatchOutcome refused(String orderId, String refusals) {
        return new DispatchOutcome(orderId, null, null, List.of(), 0, null, refusals);
    }
}
