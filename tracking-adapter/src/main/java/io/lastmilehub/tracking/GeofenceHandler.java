package io.lastmilehub.tracking;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;
import io.lastmilehub.tracking.DeviceState.FenceVisit;
import io.lastmilehub.tracking.DeviceState.Phase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Geofences around the route's remaining stops and its depot. Entering the next stop's approach radius raises
 * ARRIVING (a canonical ARRIVING event for the stop's order; passing near a later stop raises nothing); staying
 * inside a stop's arrival radius for the dwell time is arrived, so driving past is not; leaving the departure
 * radius afterwards is departed, which completes the stop. Departing from the depot puts the route's deliveries
 * OUT_FOR_DELIVERY.
 */
public final class GeofenceHandler implements PositionHandler {

    private final TrackingConfig config;

    /** A geofence handler with the given radii and dwell time. */
    public GeofenceHandler(TrackingConfig config) {
        this.config = config;
    }

    /** One fence: a stop ({@code stop} set) or the depot. */
    private record Fence(String id, GeoPoint center, Stop stop) {
    }

    @Override
    public Optional<TrackedPosition> handle(TrackedPosition position, PositionContext context) {
        context.assignment().ifPresent(assignment -> {
            List<Fence> fences = fences(assignment, context.state());
            Fence next = fences.stream().filter(fence -> fence.stop() != null).findFirst().orElse(null);
            for (Fence fence : fences) {
                double meters = fence.center().distanceMetersTo(position.position().getLocation());
                update(fence, meters, fence == next, position, context);
            }
        });
        return Optional.of(position);
    }

    private static List<Fence> fences(RouteAssignment assignment, DeviceState state) {
        List<Fence> fences = new ArrayList<>();
        if (assignment.depotLocation() != null) {
            fences.add(new Fence("depot:" + assignment.depotId(), assignment.depotLocation(), null));
        }
        for (Stop stop : assignment.stops()) {
            if (stop.getLocation() != null && !state.isCompleted(stop.getSequence())) {
                fences.add(new Fence("stop:" + stop.getSequence(), stop.getLocation(), stop));
            }
        }
        return fences;
    }

    private void update(Fence fence, double meters, boolean nextStop, TrackedPosition position,
                        PositionContext context) {
        Instant time = position.position().getTime();
        FenceVisit visit = context.state().fence(fence.id());
        if (nextStop && !visit.arrivingRaised() && meters <= config.arrivingRadiusMeters()) {
            raise(GeofenceEvent.Type.ARRIVING, fence, position, context);
            visit = new FenceVisit(visit.phase(), visit.enteredAt(), true);
        }
        if (visit.phase() == Phase.OUTSIDE && meters <= config.arrivalRadiusMeters()) {
            visit = new FenceVisit(Phase.INSIDE, time, visit.arrivingRaised());
        }
        if (visit.phase() == Phase.INSIDE && meters > config.arrivalRadiusMeters()) {
            visit = new FenceVisit(Phase.OUTSIDE, null, visit.arrivingRaised()); // drove past
        } else if (visit.phase() == Phase.INSIDE
                && Duration.between(visit.enteredAt(), time).compareTo(config.dwell()) >= 0) {
            raise(GeofenceEvent.Type.ARRIVED, fence, position, context);
            visit = new FenceVisit(Phase.ARRIVED, visit.enteredAt(), visit.arrivingRaised());
        } else if (visit.phase() == Phase.ARRIVED && meters > config.departureRadiusMeters()) {
            raise(GeofenceEvent.Type.DEPARTED, fence, position, context);
            departed(fence, position, context);
            visit = new FenceVisit(Phase.OUTSIDE, null, visit.arrivingRaised());
        }
        context.state().fence(fence.id(), visit);
    }

    private static void raise(GeofenceEvent.Type type, Fence fence, TrackedPosition position,
                              PositionContext context) {
        Stop stop = fence.stop();
        GeoPoint location = position.position().getLocation();
        Instant time = position.position().getTime();
        context.emit(new GeofenceEvent(type, fence.id(), stop == null ? null : stop.getSequence(),
                stop == null ? null : stop.getOrderId(), time, location));
        if (type == GeofenceEvent.Type.ARRIVING && stop != null && stop.getOrderId() != null) {
            context.emit(StatusEvents.event(context, stop.getOrderId(), DeliveryStatus.ARRIVING, null, null,
                    time, location));
        }
    }

    private static void departed(Fence fence, TrackedPosition position, PositionContext context) {
        DeviceState state = context.state();
        if (fence.stop() != null) {
            state.complete(fence.stop().getSequence());
            return;
        }
        if (state.isOutForDelivery()) {
            return;
        }
        state.markOutForDelivery();
        for (Stop stop : context.assignment().orElseThrow().stops()) {
            boolean delivers = stop.getType() != StopType.PICKUP && stop.getType() != StopType.BREAK;
            if (stop.getOrderId() != null && delivers && !state.isCompleted(stop.getSequence())) {
                context.emit(StatusEvents.event(context, stop.getOrderId(), DeliveryStatus.OUT_FOR_DELIVERY, null,
                        null, position.position().getTime(), position.position().getLocation()));
            }
        }
    }
}
