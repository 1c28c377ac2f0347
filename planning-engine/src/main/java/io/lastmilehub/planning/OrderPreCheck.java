package io.lastmilehub.planning;

import io.lastmilehub.model.Unassigned;
import io.lastmilehub.model.UnassignedReason;
import io.lastmilehub.planning.travel.TravelMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds, before solving, the orders no vehicle could serve even on a trip of their own, and says why. The checks
 * narrow the fleet step by step and the first step that leaves no vehicle names the reason:
 * <ol>
 *   <li>coordinates of the ship-to (and of the pickup of a pair): {@code NO_COORDINATES};
 *   <li>any vehicle at all: {@code NO_VEHICLE};
 *   <li>roads (a road router's table may have no road for a pair): from where the vehicle starts to the order's
 *       stops and on to its depot, {@code NO_ROAD_ROUTE};
 *   <li>skills, the driver's included: {@code NO_VEHICLE_WITH_SKILL};
 *   <li>capacity: {@code OVER_PAYLOAD} when only drones are left (payload per trip), else {@code OVER_CAPACITY}
 *       naming the dimension(s) the order exceeds;
 *   <li>time: {@code OUTSIDE_TIME_WINDOWS} when no vehicle can be there inside a window even leaving at the start
 *       of its shift, {@code SHIFT_TOO_SHORT} when it can but would be back after its shift ends;
 *   <li>maximum route duration of the trip alone: {@code ROUTE_TOO_LONG};
 *   <li>range (per trip for drones): {@code OUT_OF_RANGE}.
 * </ol>
 * A trip leaves where the vehicle starts, serves the order (a pair: pickup, then delivery), and returns to the
 * vehicle's depot; waiting for the first window is not part of it (the vehicle leaves later). Orders that pass may
 * still be left out by the solver, which then says why.
 */
final class OrderPreCheck {

    private final PlanningContext context;

    OrderPreCheck(PlanningContext context) {
        this.context = context;
    }

    /** Why the order cannot be planned, or empty when some vehicle could serve it alone. */
    Optional<Unassigned> check(OrderNeeds order) {
        if (!order.hasLocation()) {
            return reject(order, UnassignedReason.NO_COORDINATES, order.locationIndex() == OrderNeeds.NO_LOCATION
                    ? "the ship-to has no coordinates" : "the pickup address has no coordinates");
        }
        if (context.vehicles().isEmpty()) {
            return reject(order, UnassignedReason.NO_VEHICLE, "depot " + context.request().depot().getId()
                    + " has no vehicle on " + context.request().planningDate());
        }
        List<FleetVehicle> reachable = narrow(context.vehicles(), v -> routed(v, order));
        if (reachable.isEmpty()) {
            return reject(order, UnassignedReason.NO_ROAD_ROUTE, "the road router finds no road to the "
                    + (order.isPair() ? "pickup and " : "") + "ship-to from where any vehicle starts, or from there "
                    + "back to its depot");
        }
        List<FleetVehicle> candidates = narrow(reachable, v -> v.hasSkills(order.skills()));
        if (candidates.isEmpty()) {
            return reject(order, UnassignedReason.NO_VEHICLE_WITH_SKILL,
                    "no vehicle (with its driver) has all of the required skills " + order.skills());
        }
        List<FleetVehicle> fitting = narrow(candidates, v -> CapacityDimensions.fits(order.demand(), v.capacity()));
        if (fitting.isEmpty()) {
            return overCapacity(order, candidates);
        }
        return checkTrip(order, fitting);
    }

    private Optional<Unassigned> overCapacity(OrderNeeds order, List<FleetVehicle> candidates) {
        if (candidates.stream().allMatch(FleetVehicle::backToBase)) {
            return reject(order, UnassignedReason.OVER_PAYLOAD, "the order (" + CapacityDimensions.describe(
                    order.demand()) + ") is over the payload per trip of every vehicle with the required skills");
        }
        return reject(order, UnassignedReason.OVER_CAPACITY, "the order (" + CapacityDimensions.describe(
                order.demand()) + ") is larger than every vehicle with the required skills can carry; over in "
                + CapacityDimensions.exceeded(order.demand(), candidates.stream().map(FleetVehicle::capacity)
                .toList()));
    }

    private Optional<Unassigned> checkTrip(OrderNeeds order, List<FleetVehicle> candidates) {
        if (order.windows().isEmpty() || order.isPair() && order.pickupWindows().isEmpty()) {
            return reject(order, UnassignedReason.OUTSIDE_TIME_WINDOWS,
                    "every time window ends before " + context.request().planningDate());
        }
        List<Trip> trips = candidates.stream().map(v -> tripOf(v, order)).toList();
        List<Trip> inWindows = narrow(trips, Trip::inWindows);
        if (inWindows.isEmpty()) {
            return reject(order, UnassignedReason.OUTSIDE_TIME_WINDOWS, "no vehicle that can carry it can be there "
                    + "inside a time window, even driving there directly from the start of its shift");
        }
        List<Trip> inShift = narrow(inWindows, Trip::inShift);
        if (inShift.isEmpty()) {
            return reject(order, UnassignedReason.SHIFT_TOO_SHORT, String.format(Locale.ROOT, "every vehicle that "
                    + "can be there in time would be back after its shift ends (the earliest %.0f min late)",
                    inWindows.stream().mapToDouble(Trip::lateSeconds).min().orElse(0) / 60));
        }
        List<Trip> shortEnough = narrow(inShift, trip -> !trip.vehicle().hasMaxRouteDuration()
                || trip.durationSeconds() <= trip.vehicle().maxRouteSeconds());
        if (shortEnough.isEmpty()) {
            return reject(order, UnassignedReason.ROUTE_TOO_LONG, String.format(Locale.ROOT, "the trip alone takes "
                    + "%.0f min, longer than the maximum route duration of every vehicle that could serve it in time",
                    inShift.get(0).durationSeconds() / 60));
        }
        if (narrow(shortEnough, Trip::inRange).isEmpty()) {
            return reject(order, UnassignedReason.OUT_OF_RANGE, String.format(Locale.ROOT,
                    "the trip (%.1f km) is longer than the range of every vehicle that could serve it in time",
                    shortEnough.get(0).rangeMeters() / 1000));
        }
        return Optional.empty();
    }

    /** Whether the vehicle's matrix has a road for every leg of a trip serving only this order. */
    private boolean routed(FleetVehicle vehicle, OrderNeeds order) {
        TravelMatrix matrix = context.matrix(vehicle.profile());
        int[] trip = order.isPair() ? new int[] {vehicle.startIndex(), order.pickupIndex(), order.locationIndex(),
                vehicle.endIndex()} : new int[] {vehicle.startIndex(), order.locationIndex(), vehicle.endIndex()};
        for (int i = 1; i < trip.length; i++) {
            if (!matrix.routed(trip[i - 1], trip[i])) {
                return false;
            }
        }
        return true;
    }

    /** The vehicle serving only this order, leaving as early as its shift allows; out of windows if not on duty. */
    private Trip tripOf(FleetVehicle vehicle, OrderNeeds order) {
        Legs legs = Legs.of(context, vehicle);
        List<Integer> stops = new ArrayList<>();
        List<List<Interval>> windows = new ArrayList<>();
        if (order.isPair()) {
            stops.add(order.pickupIndex());
            windows.add(order.pickupWindows());
        }
        stops.add(order.locationIndex());
        windows.add(order.windows());
        double service = order.order().getServiceTimeSeconds();
        double time = vehicle.shift().start();
        double departure = Double.NaN;
        double meters = 0;
        double longestRoundTrip = 0;
        int at = vehicle.startIndex();
        for (int i = 0; i < stops.size(); i++) {
            int stop = stops.get(i);
            double arrival = time + legs.secondsLeavingAt(at, stop, time);
            double start = serviceStart(arrival, windows.get(i));
            if (Double.isNaN(start) || start > vehicle.shift().end()) {
                return new Trip(vehicle, false, Double.NaN, Double.NaN, 0);
            }
            if (i == 0) {
                departure = start - legs.secondsArrivingAt(at, stop, start);
            }
            meters += legs.meters(at, stop);
            longestRoundTrip = Math.max(longestRoundTrip, legs.meters(vehicle.endIndex(), stop)
                    + legs.meters(stop, vehicle.endIndex()));
            time = start + service;
            at = stop;
        }
        double end = time + legs.secondsLeavingAt(at, vehicle.endIndex(), time);
        meters += legs.meters(at, vehicle.endIndex());
        return new Trip(vehicle, true, end - vehicle.shift().end(), end - departure,
                vehicle.backToBase() ? longestRoundTrip : meters);
    }

    /** The earliest service start at or after arrival inside a window, NaN when every window has closed. */
    private static double serviceStart(double arrival, List<Interval> windows) {
        for (Interval window : windows) {
            if (arrival <= window.end()) {
                return Math.max(arrival, window.start());
            }
        }
        return Double.NaN;
    }

    /**
     * One vehicle's trip for one order.
     *
     * @param lateSeconds      return after the shift's end (negative: that much earlier)
     * @param durationSeconds  departure to return
     * @param rangeMeters      what the range applies to: the whole trip, or the longest round trip for drones
     */
    private record Trip(FleetVehicle vehicle, boolean inWindows, double lateSeconds, double durationSeconds,
                        double rangeMeters) {

        boolean inShift() {
            return lateSeconds <= 0;
        }

        boolean inRange() {
            return !vehicle.hasRange() || rangeMeters <= vehicle.rangeMeters();
        }
    }

    private static <T> List<T> narrow(List<T> values, Predicate<T> condition) {
        return values.stream().filter(condition).toList();
    }

    private static Optional<Unassigned> reject(OrderNeeds order, UnassignedReason code, String reason) {
        return Optional.of(Unassigned.builder().orderId(order.id()).reasonCode(code).reason(reason).build());
    }
}
