package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.BreakActivity;
import com.graphhopper.jsprit.core.problem.solution.route.activity.DeliverShipment;
import com.graphhopper.jsprit.core.problem.solution.route.activity.PickupShipment;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns one jsprit route into a model route with times, distances, costs and CO2 per stop.
 *
 * <p>jsprit lets every vehicle leave at the start of its shift and wait at the first stop if its window opens later;
 * the route here leaves that much later instead, which changes no service time. A stop's leg is the drive from the
 * previous stop (or where the vehicle started); its cost covers the drive plus waiting and service there and the
 * vehicle's per-stop cost, so that the stops' costs, the return leg and the fixed cost add up to the route's cost.
 * A driver's break is a stop of type {@link StopType#BREAK} without an order, where the vehicle was; its time is
 * paid. Drones fly through their base between stops ({@link Legs}).
 */
final class RouteAssembler {

    private final PlanningContext context;
    private final Map<String, FleetVehicle> vehicles;
    private final Map<String, OrderNeeds> orders;

    RouteAssembler(PlanningContext context) {
        this.context = context;
        this.vehicles = context.vehicles().stream().collect(Collectors.toMap(FleetVehicle::id, Function.identity()));
        this.orders = context.orders().stream().collect(Collectors.toMap(OrderNeeds::id, Function.identity()));
    }

    PricedRoute assemble(VehicleRoute jspritRoute) {
        FleetVehicle vehicle = vehicles.get(jspritRoute.getVehicle().getId());
        Legs legs = Legs.of(context, vehicle);
        CostModel costs = vehicle.costs();
        List<TourActivity> activities = jobActivities(jspritRoute);
        double routeStart = departure(jspritRoute, activities, legs);
        List<Stop> stops = new ArrayList<>();
        LegCost variable = LegCost.ZERO;
        double meters = 0;
        double driving = 0;
        int previous = vehicle.startIndex();
        double previousDeparture = routeStart;
        for (TourActivity activity : activities) {
            boolean isBreak = activity instanceof BreakActivity;
            int location = isBreak ? previous : activity.getLocation().getIndex();
            double legMeters = legs.meters(previous, location);
            double spent = activity.getEndTime() - previousDeparture;
            LegCost legCost = isBreak ? costs.leg(legMeters, spent) : costs.stop(legMeters, spent);
            double legSeconds = legs.secondsLeavingAt(previous, location, previousDeparture);
            double arrival = stops.isEmpty() ? routeStart + legSeconds : activity.getArrTime();
            Stop.StopBuilder stop = Stop.builder().sequence(stops.size() + 1)
                    .location(context.locations().get(location))
                    .eta(context.day().instantAt(arrival)).departure(context.day().instantAt(activity.getEndTime()))
                    .distanceMeters(legMeters).durationSeconds(Math.round(legSeconds))
                    .cost(legCost.total()).co2Grams(legCost.co2Grams());
            stops.add(isBreak ? stop.type(StopType.BREAK).build() : withOrder(stop, activity).build());
            variable = variable.plus(legCost);
            meters += legMeters;
            driving += legSeconds;
            previous = location;
            previousDeparture = activity.getEndTime();
        }
        double routeEnd = jspritRoute.getEnd().getArrTime();
        double returnMeters = legs.meters(previous, vehicle.endIndex());
        variable = variable.plus(costs.leg(returnMeters, routeEnd - previousDeparture));
        Route route = Route.builder().vehicleId(vehicle.id()).vehicleType(vehicle.vehicle().getType())
                .depotId(vehicle.vehicle().getDepotId())
                .driverId(vehicle.driver() == null ? null : vehicle.driver().getId())
                .start(context.day().instantAt(routeStart)).end(context.day().instantAt(routeEnd)).stops(stops)
                .distanceMeters(meters + returnMeters).durationSeconds(Math.round(routeEnd - routeStart))
                .cost(costs.fixed() + variable.total()).co2Grams(variable.co2Grams()).build();
        return new PricedRoute(route, costs.fixed(), variable,
                driving + legs.secondsLeavingAt(previous, vehicle.endIndex(), previousDeparture));
    }

    private Stop.StopBuilder withOrder(Stop.StopBuilder stop, TourActivity activity) {
        OrderNeeds order = orders.get(((TourActivity.JobActivity) activity).getJob().getId());
        StopType type;
        if (activity instanceof PickupShipment) {
            type = StopType.PICKUP;
        } else if (activity instanceof DeliverShipment) {
            type = StopType.DELIVERY;
        } else {
            type = order.isPickup() ? StopType.PICKUP : StopType.DELIVERY;
        }
        return stop.orderId(order.id()).type(type);
    }

    private static List<TourActivity> jobActivities(VehicleRoute route) {
        return route.getActivities().stream().filter(TourActivity.JobActivity.class::isInstance).toList();
    }

    /** Time between arriving at a stop and starting its service. */
    /**
     * When the vehicle leaves: jsprit leaves at the start of the shift and waits at the first stop if it is early;
     * the plan leaves later instead, so as to arrive when the first service starts (at that hour's traffic).
     */
    private static double departure(VehicleRoute jspritRoute, List<TourActivity> activities, Legs legs) {
        double earliest = jspritRoute.getStart().getEndTime();
        if (activities.isEmpty()) {
            return earliest;
        }
        TourActivity first = activities.get(0);
        int start = jspritRoute.getStart().getLocation().getIndex();
        int location = first instanceof BreakActivity ? start : first.getLocation().getIndex();
        double serviceStart = first.getEndTime() - first.getOperationTime();
        return Math.max(earliest, serviceStart - legs.secondsArrivingAt(start, location, serviceStart));
    }
}
