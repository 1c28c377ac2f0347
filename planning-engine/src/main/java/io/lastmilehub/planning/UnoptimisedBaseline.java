package io.lastmilehub.planning;

import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the plan's routes would drive without optimisation, the comparison behind "optimisation saved x %": the same
 * vehicles, each taking as many orders as the plan gave it, but the orders dealt out in arrival order (the order of
 * the planning request, which for a depot's day is the order the hub received them) and driven in that order, from
 * the vehicle's start to its end, a pickup before its delivery. Both sides are measured on the same travel matrices,
 * driving only (no waiting, service or breaks), so the difference is what assignment and sequencing saved. The
 * unoptimised vehicle leaves at the start of its shift and spends each order's service time at its stops, so its legs
 * meet the rush hours of the time of day they would be driven at.
 */
final class UnoptimisedBaseline {

    private UnoptimisedBaseline() {
    }

    /** Distance in metres and driving time in seconds of the unoptimised routes. */
    record Driven(double meters, double seconds) {
    }

    static Driven of(PlanningContext context, List<PricedRoute> routes) {
        Map<String, FleetVehicle> vehicles = context.vehicles().stream()
                .collect(Collectors.toMap(FleetVehicle::id, Function.identity()));
        List<List<String>> planned = routes.stream().map(r -> ordersOn(r.route())).toList();
        Set<String> onAnyRoute = planned.stream().flatMap(List::stream).collect(Collectors.toSet());
        Iterator<OrderNeeds> arrivals = context.orders().stream().filter(o -> onAnyRoute.contains(o.id()))
                .toList().iterator();
        double meters = 0;
        double seconds = 0;
        for (int r = 0; r < routes.size(); r++) {
            FleetVehicle vehicle = vehicles.get(routes.get(r).route().getVehicleId());
            Legs legs = Legs.of(context, vehicle);
            int previous = vehicle.startIndex();
            double time = vehicle.shift().start();
            for (int taken = 0; taken < planned.get(r).size() && arrivals.hasNext(); taken++) {
                OrderNeeds order = arrivals.next();
                for (int location : locationsOf(order)) {
                    double leg = legs.secondsLeavingAt(previous, location, time);
                    meters += legs.meters(previous, location);
                    seconds += leg;
                    time += leg + order.order().getServiceTimeSeconds();
                    previous = location;
                }
            }
            meters += legs.meters(previous, vehicle.endIndex());
            seconds += legs.secondsLeavingAt(previous, vehicle.endIndex(), time);
        }
        return new Driven(meters, seconds);
    }

    /** The route's orders, each once (a pickup-and-delivery pair has two stops). */
    private static List<String> ordersOn(Route route) {
        return route.getStops().stream().map(Stop::getOrderId).filter(Objects::nonNull).distinct().toList();
    }

    private static List<Integer> locationsOf(OrderNeeds order) {
        List<Integer> locations = new ArrayList<>();
        if (order.isPair()) {
            locations.add(order.pickupIndex());
        }
        locations.add(order.locationIndex());
        return locations;
    }
}
