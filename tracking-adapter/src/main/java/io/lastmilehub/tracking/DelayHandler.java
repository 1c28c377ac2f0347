package io.lastmilehub.tracking;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.TimeWindow;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raises a delay as soon as a stop's ETA falls after the end of its order's time window, long before the vehicle
 * is actually late: an EXCEPTION event with reason DELAYED, once per order. When the ETA comes back inside the
 * window the alert is re-armed, so a later slip raises it again.
 */
public final class DelayHandler implements PositionHandler {

    /** By stop sequence, the window each planned stop aims at; found once per route, not at every position. */
    private record PlannedWindows(Map<Integer, TimeWindow> bySequence) {

        static PlannedWindows of(RouteAssignment route) {
            Map<Integer, TimeWindow> windows = new HashMap<>();
            for (Stop stop : route.stops()) {
                if (stop.getEta() != null) {
                    route.order(stop.getOrderId()).flatMap(order -> window(order, stop.getEta()))
                            .ifPresent(window -> windows.put(stop.getSequence(), window));
                }
            }
            return new PlannedWindows(windows);
        }
    }

    @Override
    public Optional<TrackedPosition> handle(TrackedPosition position, PositionContext context) {
        Optional<RouteAssignment> assignment = context.assignment();
        if (assignment.isEmpty()) {
            return Optional.of(position);
        }
        PlannedWindows planned = context.state().routeFacts(PlannedWindows.class, PlannedWindows::of);
        for (StopEta eta : position.etas()) {
            Optional<TimeWindow> window = eta.plannedEta() != null
                    ? Optional.ofNullable(planned.bySequence().get(eta.sequence()))
                    : assignment.get().order(eta.orderId()).flatMap(order -> window(order, eta.eta()));
            window.ifPresent(aimedAt -> check(eta, aimedAt, position, context));
        }
        return Optional.of(position);
    }

    /** The window the plan aimed at: the first that ends at or after the aim (the planned arrival, or the ETA). */
    static Optional<TimeWindow> window(DeliveryOrder order, Instant aim) {
        List<TimeWindow> windows = order.getTimeWindows();
        if (windows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(windows.stream().filter(window -> !window.getEnd().isBefore(aim)).findFirst()
                .orElse(windows.get(windows.size() - 1)));
    }

    private static void check(StopEta eta, TimeWindow window, TrackedPosition position, PositionContext context) {
        boolean late = eta.eta().isAfter(window.getEnd());
        boolean raised = context.state().delayedOrders().contains(eta.orderId());
        if (late && !raised) {
            context.state().delayedOrders().add(eta.orderId());
            String reason = "ETA " + eta.eta() + " is after the time window end " + window.getEnd()
                    + " (" + eta.delay().toMinutes() + " min behind plan)";
            context.emit(StatusEvents.event(context, eta.orderId(), DeliveryStatus.EXCEPTION, ReasonCode.DELAYED,
                    reason, position.position().getTime(), position.position().getLocation()));
        } else if (!late && raised) {
            context.state().delayedOrders().remove(eta.orderId());
        }
    }
}
