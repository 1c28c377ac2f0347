package io.lastmilehub.tracking;

import io.lastmilehub.model.Stop;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ETAs of the remaining stops from the live position and the plan. The next stop: the straight-line distance
 * times the detour factor, driven at the speed the plan assumed for that leg (its distance over its duration).
 * At a stop the vehicle has arrived at, the ETA is the arrival and it leaves after the planned service time. The
 * later stops keep the plan's legs and are shifted by the delay at the next stop; an early vehicle waits, so they
 * are never moved earlier than planned.
 */
public final class EtaHandler implements PositionHandler {

    private final TrackingConfig config;

    /** An ETA handler with the given detour factor and fallback speed. */
    public EtaHandler(TrackingConfig config) {
        this.config = config;
    }

    @Override
    public Optional<TrackedPosition> handle(TrackedPosition position, PositionContext context) {
        Optional<RouteAssignment> assignment = context.assignment();
        if (assignment.isEmpty()) {
            return Optional.of(position);
        }
        List<Stop> remaining = assignment.get().stops().stream()
                .filter(stop -> !context.state().isCompleted(stop.getSequence())).toList();
        if (remaining.isEmpty()) {
            return Optional.of(position.withEtas(List.of()));
        }
        List<StopEta> etas = new ArrayList<>();
        Stop next = remaining.get(0);
        Instant nextEta = nextEta(next, position, context);
        etas.add(new StopEta(next.getSequence(), next.getOrderId(), next.getEta(), nextEta));
        Duration shift = shiftAfter(next, nextEta, position.position().getTime(), context);
        for (Stop stop : remaining.subList(1, remaining.size())) {
            Instant eta = stop.getEta() == null ? null : stop.getEta().plus(shift);
            if (eta != null) {
                etas.add(new StopEta(stop.getSequence(), stop.getOrderId(), stop.getEta(), eta));
            }
        }
        return Optional.of(position.withEtas(etas));
    }

    private Instant nextEta(Stop next, TrackedPosition position, PositionContext context) {
        Optional<Instant> arrived = context.state().arrivedAt(next.getSequence());
        if (arrived.isPresent()) {
            return arrived.get();
        }
        Instant now = position.position().getTime();
        if (next.getLocation() == null) {
            return next.getEta() == null || next.getEta().isBefore(now) ? now : next.getEta();
        }
        double meters = position.position().getLocation().distanceMetersTo(next.getLocation())
                * config.detourFactor();
        double metresPerSecond = legSpeedKmh(next) / 3.6;
        return now.plusMillis(Math.round(meters / metresPerSecond * 1000));
    }

    /** The speed the plan assumed for the leg to a stop; the fallback when it gives no distance or time. */
    double legSpeedKmh(Stop stop) {
        if (stop.getDistanceMeters() > 0 && stop.getDurationSeconds() > 0) {
            return stop.getDistanceMeters() / stop.getDurationSeconds() * 3.6;
        }
        return config.defaultSpeedKmh();
    }

    /** How much later than planned the vehicle leaves the next stop; never negative. */
    private static Duration shiftAfter(Stop next, Instant nextEta, Instant now, PositionContext context) {
        if (next.getEta() == null) {
            return Duration.ZERO;
        }
        Duration service = next.getDeparture() == null ? Duration.ZERO
                : Duration.between(next.getEta(), next.getDeparture());
        Instant leaves = nextEta.plus(service);
        if (context.state().arrivedAt(next.getSequence()).isPresent() && leaves.isBefore(now)) {
            leaves = now; // still at the stop after the planned service time
        }
        Instant plannedLeave = next.getDeparture() == null ? next.getEta() : next.getDeparture();
        Duration shift = Duration.between(plannedLeave, leaves);
        return shift.isNegative() ? Duration.ZERO : shift;
    }
}
