package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;
import io.lastmilehub.planning.travel.TravelMatrix;

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
 * previous stop (or the depot); its cost covers the drive plus waiting and service there, so that the stops' costs,
 * the return leg and the fixed cost add up to the route's cost.
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
        TravelMatrix matrix = context.matrix(vehicle.profile());
        CostModel costs = new CostModel(vehicle.vehicle().getCosts());
        List<TourActivity> activities = jobActivities(jspritRoute);
        double delay = activities.isEmpty() ? 0 : waitingAt(activities.get(0));
        double routeStart = jspritRoute.getStart().getEndTime() + delay;
        List<Stop> stops = new ArrayList<>();
        LegCost variable = LegCost.ZERO;
        double meters = 0;
        int previous = PlanningContext.DEPOT;
        double previousDeparture = routeStart;
        for (TourActivity activity : activities) {
            int location = activity.getLocation().getIndex();
            double legMeters = matrix.distanceMeters(previous, location);
            LegCost legCost = costs.leg(legMeters, activity.getEndTime() - previousDeparture);
            double arrival = stops.isEmpty() ? activity.getArrTime() + delay : activity.getArrTime();
            stops.add(stopOf(stops.size() + 1, activity, arrival, legMeters, matrix.durationSeconds(previous, location),
                    legCost));
            variable = variable.plus(legCost);
            meters += legMeters;
            previous = location;
            previousDeparture = activity.getEndTime();
        }
        double routeEnd = jspritRoute.getEnd().getArrTime();
        double returnMeters = matrix.distanceMeters(previous, PlanningContext.DEPOT);
        variable = variable.plus(costs.leg(returnMeters, routeEnd - previousDeparture));
        Route route = Route.builder().vehicleId(vehicle.id()).vehicleType(vehicle.vehicle().getType())
                .start(context.day().instantAt(routeStart)).end(context.day().instantAt(routeEnd)).stops(stops)
                .distanceMeters(meters + returnMeters).durationSeconds(Math.round(routeEnd - routeStart))
                .cost(costs.fixed() + variable.total()).co2Grams(variable.co2Grams()).build();
        return new PricedRoute(route, costs.fixed(), variable);
    }

    private Stop stopOf(int sequence, TourActivity activity, double arrival, double legMeters, double legSeconds,
                        LegCost legCost) {
        OrderNeeds order = orders.get(((TourActivity.JobActivity) activity).getJob().getId());
        return Stop.builder().sequence(sequence).orderId(order.id())
                .type(order.isPickup() ? StopType.PICKUP : StopType.DELIVERY)
                .location(context.locations().get(order.locationIndex()))
                .eta(context.day().instantAt(arrival)).departure(context.day().instantAt(activity.getEndTime()))
                .distanceMeters(legMeters).durationSeconds(Math.round(legSeconds))
                .cost(legCost.total()).co2Grams(legCost.co2Grams()).build();
    }

    private static List<TourActivity> jobActivities(VehicleRoute route) {
        return route.getActivities().stream().filter(TourActivity.JobActivity.class::isInstance).toList();
    }

    /** Time between arriving at a stop and starting its service. */
    private static double waitingAt(TourActivity activity) {
        double serviceStart = activity.getEndTime() - activity.getOperationTime();
        return Math.max(0, serviceStart - activity.getArrTime());
    }
}
