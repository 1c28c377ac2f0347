package io.lastmilehub.tracking;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.TimeWindow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Raises a delay as soon as a stop's ETA falls after the end of its order's time window, long before the vehicle
 * is actually late: an EXCEPTION event with reason DELAYED, once per order. When the ETA comes back inside the
 * window the alert is re-armed, so a later slip raises it again.
 */
public final class DelayHandler implements PositionHandler {

    @Override
    public Optional<TrackedPosition> handle(TrackedPosition position, PositionContext context) {
        Optional<RouteAssignment> assignment = context.assignment();
        if (assignment.isEmpty()) {
            return Optional.of(position);
        }
        for (StopEta eta : position.etas()) {
            assignment.get().order(eta.orderId()).flatMap(order -> window(order, eta))
                    .ifPresent(window -> check(eta, window, position, context));
        }
        return Optional.of(position);
    }

    /** The window the plan aimed at: the first that ends at or after the planned arrival (or the ETA). */
    static Optional<TimeWindow> window(DeliveryOrder order, StopEta eta) {
        List<TimeWindow> windows = order.getTimeWindows();
        if (windows.isEmpty()) {
            return Optional.empty();
        }
        Instant aim = eta.plannedEta() != null ? eta.plannedEta() : eta.eta();
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
