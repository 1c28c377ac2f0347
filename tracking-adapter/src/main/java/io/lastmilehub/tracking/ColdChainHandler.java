package io.lastmilehub.tracking;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;
import io.lastmilehub.model.TemperatureRange;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cold chain: checks every temperature reading against the range of every cold-chain parcel still on board (the
 * orders of the remaining delivery and locker stops). A reading outside raises an EXCEPTION event with reason
 * TEMPERATURE_EXCURSION, once per order and excursion; back in range re-arms it. The tracker does not say which
 * compartment holds which parcel, so any sensor out of a parcel's range counts.
 */
public final class ColdChainHandler implements PositionHandler {

    @Override
    public Optional<TrackedPosition> handle(TrackedPosition position, PositionContext context) {
        Optional<RouteAssignment> assignment = context.assignment();
        if (assignment.isEmpty() || position.temperatures().isEmpty()) {
            return Optional.of(position);
        }
        for (Stop stop : assignment.get().stops()) {
            boolean onBoard = stop.getType() == StopType.DELIVERY || stop.getType() == StopType.LOCKER;
            if (onBoard && !context.state().isCompleted(stop.getSequence())) {
                String orderId = stop.getOrderId();
                assignment.get().order(orderId).ifPresent(order -> check(orderId, order, position, context));
            }
        }
        return Optional.of(position);
    }

    private static void check(String orderId, DeliveryOrder order, TrackedPosition position,
                              PositionContext context) {
        Optional<String> excursion = excursion(order, position.temperatures());
        boolean raised = context.state().excursionOrders().contains(orderId);
        if (excursion.isPresent() && !raised) {
            context.state().excursionOrders().add(orderId);
            context.emit(StatusEvents.event(context, orderId, DeliveryStatus.EXCEPTION,
                    ReasonCode.TEMPERATURE_EXCURSION, excursion.get(), position.position().getTime(),
                    position.position().getLocation()));
        } else if (excursion.isEmpty() && raised) {
            context.state().excursionOrders().remove(orderId);
        }
    }

    /** The first reading outside a parcel's range, described, or empty. */
    static Optional<String> excursion(DeliveryOrder order, List<Double> readings) {
        for (Parcel parcel : order.getParcels()) {
            TemperatureRange range = parcel.getTemperatureRange();
            for (int sensor = 0; range != null && sensor < readings.size(); sensor++) {
                double celsius = readings.get(sensor);
                if (celsius < range.getMinCelsius() || celsius > range.getMaxCelsius()) {
                    return Optional.of(String.format(Locale.ROOT,
                            "sensor %d reads %.1f °C; parcel %s needs %.1f to %.1f °C", sensor + 1,
                            celsius, parcel.getId(), range.getMinCelsius(), range.getMaxCelsius()));
                }
            }
        }
        return Optional.empty();
    }
}
