package io.lastmilehub.tracking;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Stop;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ETAs of the remaining stops from the live position and the plan, each leg driven at the traffic of the moment it
 * is driven (the route's {@link LiveTraffic}: the depot's rush hours). A planned leg stands for the free-flow driving
 * it was planned with (its planned time, taken back out of the traffic of the hour it was planned for).
 * <ul>
 *   <li>The next stop: the straight-line distance times the detour factor, at the free-flow speed of the plan's leg
 *       to it (the fallback speed when the plan gives no distance or time), leaving now.
 *   <li>At a stop the vehicle has arrived at, the ETA is the arrival; it leaves after the plan's time there.
 *   <li>Each later stop: the plan's leg to it, leaving when the vehicle leaves the stop before. A vehicle never
 *       leaves a stop before the plan says (an early one waits), so later stops are never earlier than planned.
 * </ul>
 * At free flow all day this shifts the later stops by the delay at the next one.
 */
public final class EtaHandler implements PositionHandler {

    private final TrackingConfig config;

    /** An ETA handler with the given detour factor and fallback speed. */
    public EtaHandler(TrackingConfig config) {
        this.config = config;
    }

    /**
     * What the ETAs take from the plan alone, worked out once per route rather than at every position: by the
     * index of each stop in driving order, the free-flow speed of the plan's leg to it, the free-flow seconds of
     * that leg from the stop before it (NaN where the plan gives no times) and the arrival when the vehicle leaves
     * the stop before on plan (null where the plan gives no times). A vehicle on plan costs an equality per stop.
     */
    private record Legs(double[] freeFlowMetresPerSecond, double[] freeFlowSecondsFromPrevious,
                        Instant[] arrivalOnPlan) {
    }

    @Override
    public Optional<TrackedPosition> handle(TrackedPosition position, PositionContext context) {
        Optional<RouteAssignment> assignment = context.assignment();
        if (assignment.isEmpty()) {
            return Optional.of(position);
        }
        RouteAssignment route = assignment.get();
        DeviceState state = context.state();
        List<Stop> stops = route.stops();
        int first = 0;
        while (first < stops.size() && state.isCompleted(stops.get(first).getSequence())) {
            first++;
        }
        if (first == stops.size()) {
            return Optional.of(position.withEtas(List.of()));
        }
        Legs legs = state.routeFacts(Legs.class, this::legs);
        List<StopEta> etas = new ArrayList<>(stops.size() - first);
        Stop next = stops.get(first);
        Instant nextEta = nextEta(route, next, legs.freeFlowMetresPerSecond()[first], position, context);
        etas.add(new StopEta(next.getSequence(), next.getOrderId(), next.getEta(), nextEta));
        Instant leaves = leavesNext(next, nextEta, position.position().getTime(), context);
        int previous = first;
        for (int i = first + 1; i < stops.size(); i++) {
            Stop stop = stops.get(i);
            if (stop.getEta() == null || state.isCompleted(stop.getSequence())) {
                continue;
            }
            Instant eta = stop.getEta();
            if (leaves != null) {
                Stop before = stops.get(previous);
                boolean fromPrevious = previous == i - 1 && legs.arrivalOnPlan()[i] != null;
                if (fromPrevious && leaves.equals(plannedDeparture(before))) {
                    eta = legs.arrivalOnPlan()[i];
                } else {
                    eta = arrival(route, before, stop, fromPrevious ? legs.freeFlowSecondsFromPrevious()[i]
                            : freeFlowSeconds(route, before, stop), leaves);
                }
            }
            etas.add(new StopEta(stop.getSequence(), stop.getOrderId(), stop.getEta(), eta));
            leaves = leaves(stop, eta);
            previous = i;
        }
        return Optional.of(position.withEtas(etas));
    }

    private Legs legs(RouteAssignment route) {
        List<Stop> stops = route.stops();
        double[] speeds = new double[stops.size()];
        double[] fromPrevious = new double[stops.size()];
        Instant[] onPlan = new Instant[stops.size()];
        for (int i = 0; i < stops.size(); i++) {
            Stop stop = stops.get(i);
            speeds[i] = freeFlowMetresPerSecond(route, stop);
            Stop before = i > 0 ? stops.get(i - 1) : null;
            boolean timed = before != null && plannedDeparture(before) != null && stop.getEta() != null;
            fromPrevious[i] = timed ? freeFlowSeconds(route, before, stop) : Double.NaN;
            onPlan[i] = timed ? arrival(route, before, stop, fromPrevious[i], plannedDeparture(before)) : null;
        }
        return new Legs(speeds, fromPrevious, onPlan);
    }

    private Instant nextEta(RouteAssignment route, Stop next, double freeFlowMetresPerSecond,
                            TrackedPosition position, PositionContext context) {
        Optional<Instant> arrived = context.state().arrivedAt(next.getSequence());
        if (arrived.isPresent()) {
            return arrived.get();
        }
        Instant now = position.position().getTime();
        if (next.getLocation() == null) {
            return next.getEta() == null || next.getEta().isBefore(now) ? now : next.getEta();
        }
        GeoPoint here = position.position().getLocation();
        double meters = here.distanceMetersTo(next.getLocation()) * config.detourFactor();
        return now.plus(route.traffic().driving(here, next.getLocation(), meters / freeFlowMetresPerSecond, now));
    }

    /** The free-flow speed of the plan's leg to a stop; the fallback when it gives no distance or time. */
    private double freeFlowMetresPerSecond(RouteAssignment route, Stop stop) {
        if (stop.getDistanceMeters() <= 0 || stop.getDurationSeconds() <= 0) {
            return config.defaultSpeedKmh() / 3.6;
        }
        GeoPoint from = placeBefore(route, stop);
        double freeFlowSeconds = from == null || stop.getEta() == null ? stop.getDurationSeconds()
                : route.traffic().freeFlowSeconds(from, stop.getLocation(),
                stop.getEta().minusSeconds(stop.getDurationSeconds()), stop.getEta());
        return stop.getDistanceMeters() / (freeFlowSeconds > 0 ? freeFlowSeconds : stop.getDurationSeconds());
    }

    /** Where the vehicle drives to a stop from in the plan: the stop before, else the depot; null if unknown. */
    private static GeoPoint placeBefore(RouteAssignment route, Stop stop) {
        GeoPoint before = route.depotLocation();
        for (Stop earlier : route.stops()) {
            if (earlier.getSequence() >= stop.getSequence()) {
                break;
            }
            before = earlier.getLocation();
        }
        return before;
    }

    /** When the vehicle leaves the next stop: after the plan's time there, never before the plan; null if unplanned. */
    private static Instant leavesNext(Stop next, Instant nextEta, Instant now, PositionContext context) {
        if (next.getEta() == null) {
            return null;
        }
        Instant leaves = leaves(next, nextEta);
        if (context.state().arrivedAt(next.getSequence()).isPresent() && leaves.isBefore(now)) {
            leaves = now; // still at the stop after the planned service time
        }
        return leaves;
    }

    /** Leaves a stop reached at {@code eta} after the plan's time there (waiting and service), not before the plan. */
    private static Instant leaves(Stop stop, Instant eta) {
        Instant planned = plannedDeparture(stop);
        if (eta.equals(stop.getEta())) {
            return planned; // on plan
        }
        Instant leaves = eta.plus(Duration.between(stop.getEta(), planned));
        return leaves.isBefore(planned) ? planned : leaves;
    }

    /** The free-flow seconds the plan's leg from one stop to another stood for. */
    private static double freeFlowSeconds(RouteAssignment route, Stop before, Stop stop) {
        return traffic(route, before, stop).freeFlowSeconds(before.getLocation(), stop.getLocation(),
                plannedDeparture(before), stop.getEta());
    }

    /**
     * Arrival at a stop leaving the one before at {@code leaves}: the plan's leg ({@code freeFlowSeconds} of it) at
     * the traffic of that moment, never before the plan.
     */
    private static Instant arrival(RouteAssignment route, Stop before, Stop stop, double freeFlowSeconds,
                                   Instant leaves) {
        Instant arrival = leaves.plus(traffic(route, before, stop).driving(before.getLocation(), stop.getLocation(),
                freeFlowSeconds, leaves));
        return arrival.isBefore(stop.getEta()) ? stop.getEta() : arrival;
    }

    /** The route's traffic for a leg between two known places; free flow when either is not known. */
    private static LiveTraffic traffic(RouteAssignment route, Stop before, Stop stop) {
        return before.getLocation() != null && stop.getLocation() != null ? route.traffic() : LiveTraffic.FREE_FLOW;
    }

    private static Instant plannedDeparture(Stop stop) {
        return stop.getDeparture() == null ? stop.getEta() : stop.getDeparture();
    }
}
