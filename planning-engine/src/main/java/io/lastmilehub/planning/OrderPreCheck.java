package io.lastmilehub.planning;

import io.lastmilehub.model.Unassigned;
import io.lastmilehub.model.UnassignedReason;
import io.lastmilehub.planning.travel.TravelMatrix;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds, before solving, the orders no vehicle could serve even on a route of their own, and says why. The checks
 * narrow the fleet step by step and the first step that leaves no vehicle names the reason:
 * coordinates, any vehicle at all, skills, capacity, time (a window inside the shift, reachable from the depot and
 * back before the shift ends), range (the round trip). Orders that pass may still be left out by the solver.
 */
final class OrderPreCheck {

    private final PlanningContext context;

    OrderPreCheck(PlanningContext context) {
        this.context = context;
    }

    /** Why the order cannot be planned, or empty when some vehicle could serve it alone. */
    Optional<Unassigned> check(OrderNeeds order) {
        if (!order.hasLocation()) {
            return reject(order, UnassignedReason.NO_COORDINATES, "the ship-to has no coordinates");
        }
        if (context.vehicles().isEmpty()) {
            return reject(order, UnassignedReason.NO_VEHICLE, "depot " + context.request().depot().getId()
                    + " has no vehicle on " + context.request().planningDate());
        }
        List<FleetVehicle> candidates = narrow(context.vehicles(), v -> v.hasSkills(order.skills()));
        if (candidates.isEmpty()) {
            return reject(order, UnassignedReason.NO_VEHICLE_WITH_SKILL,
                    "no vehicle has all of the required skills " + order.skills());
        }
        candidates = narrow(candidates, v -> CapacityDimensions.fits(order.demand(), v.capacity()));
        if (candidates.isEmpty()) {
            return reject(order, UnassignedReason.OVER_CAPACITY, "the order (" + CapacityDimensions.describe(
                    order.demand()) + ") is larger than every vehicle with the required skills can carry");
        }
        return checkTimeAndRange(order, candidates);
    }

    private Optional<Unassigned> checkTimeAndRange(OrderNeeds order, List<FleetVehicle> candidates) {
        if (order.windows().isEmpty()) {
            return reject(order, UnassignedReason.OUTSIDE_TIME_WINDOWS,
                    "every time window ends before " + context.request().planningDate());
        }
        List<FleetVehicle> inTime = narrow(candidates, v -> reachableInTime(v, order));
        if (inTime.isEmpty()) {
            return reject(order, UnassignedReason.OUTSIDE_TIME_WINDOWS, "no vehicle that can carry it can be there "
                    + "inside a time window and back within its shift, even driving there directly");
        }
        if (narrow(inTime, v -> inRange(v, order)).isEmpty()) {
            double km = roundTripMeters(inTime.get(0), order) / 1000;
            return reject(order, UnassignedReason.OUT_OF_RANGE, String.format(Locale.ROOT,
                    "the round trip from the depot (%.1f km) is longer than the range of every vehicle that could "
                            + "serve it in time", km));
        }
        return Optional.empty();
    }

    private boolean reachableInTime(FleetVehicle vehicle, OrderNeeds order) {
        TravelMatrix matrix = context.matrix(vehicle.profile());
        double out = matrix.durationSeconds(PlanningContext.DEPOT, order.locationIndex());
        double back = matrix.durationSeconds(order.locationIndex(), PlanningContext.DEPOT);
        double service = order.order().getServiceTimeSeconds();
        for (Interval window : order.windows()) {
            double serviceStart = Math.max(vehicle.shift().start() + out, window.start());
            if (serviceStart <= window.end() && serviceStart + service + back <= vehicle.shift().end()) {
                return true;
            }
        }
        return false;
    }

    private boolean inRange(FleetVehicle vehicle, OrderNeeds order) {
        return !vehicle.hasRange() || roundTripMeters(vehicle, order) <= vehicle.rangeMeters();
    }

    private double roundTripMeters(FleetVehicle vehicle, OrderNeeds order) {
        TravelMatrix matrix = context.matrix(vehicle.profile());
        return matrix.distanceMeters(PlanningContext.DEPOT, order.locationIndex())
                + matrix.distanceMeters(order.locationIndex(), PlanningContext.DEPOT);
    }

    private static List<FleetVehicle> narrow(List<FleetVehicle> vehicles, Predicate<FleetVehicle> condition) {
        return vehicles.stream().filter(condition).toList();
    }

    private static Optional<Unassigned> reject(OrderNeeds order, UnassignedReason code, String reason) {
        return Optional.of(Unassigned.builder().orderId(order.id()).reasonCode(code).reason(reason).build());
    }
}
