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

    /** The route's fences, the depot's first, then the located stops' in driving order; made once per route. */
    private record Fences(List<Fence> all) {

        static Fences of(RouteAssignment assignment) {
            List<Fence> fences = new ArrayList<>();
            if (assignment.depotLocation() != null) {
                fences.add(new Fence("depot:" + assignment.depotId(), assignment.depotLocation(), null));
            }
            for (Stop stop : assignment.stops()) {
                if (stop.getLocation() != null) {
                    fences.add(new Fence(DeviceState.stopFence(stop.getSequence()), stop.getLocation(), stop));
                }
            }
            return new Fences(List.copyOf(fences));
        }
    }

    @Override
    public Optional<TrackedPosition> handle(TrackedPosition position, PositionContext context) {
        if (context.assignment().isEmpty()) {
            return Optional.of(position);
        }
        DeviceState state = context.state();
        boolean nextFound = false;
        for (Fence fence : state.routeFacts(Fences.class, Fences::of).all()) {
            if (fence.stop() != null && state.isCompleted(fence.stop().getSequence())) {
                continue;
            }
            boolean next = fence.stop() != null && !nextFound;
            nextFound |= next;
            double meters = fence.center().distanceMetersTo(position.position().getLocation());
            update(fence, meters, next, position, context);
        }
        return Optional.of(position);
    }

    private void update(Fence fence, double meters, boolean nextStop, TrackedPosition position,
                        PositionContext context) {
        Instant time = position.position().getTime();
        FenceVisit before = context.state().fence(fence.id());
        FenceVisit visit = before;
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
        if (!visit.equals(before)) {
            context.state().fence(fence.id(), visit);
        }
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
