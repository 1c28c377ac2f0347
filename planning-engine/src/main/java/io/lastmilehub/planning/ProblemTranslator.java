package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Delivery;
import com.graphhopper.jsprit.core.problem.job.Pickup;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Coordinate;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.planning.travel.MatrixTransportCosts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the jsprit problem: one vehicle (with its own type) per fleet vehicle, finite fleet, starting and ending
 * at the depot within its shift; one service per plannable order (a jsprit Delivery for deliveries, a Pickup for
 * pickups and returns) with its location, service time, loads, all its time windows, skills and priority; transport
 * costs from the travel matrices; a range limit for vehicles that have one; waiting paid except before the first
 * stop ({@link WaitingTimeCost}, {@link ServiceTimeCosts}).
 */
final class ProblemTranslator {

    private ProblemTranslator() {
    }

    static TranslatedProblem translate(PlanningContext context, List<OrderNeeds> orders) {
        Location[] locations = locationsOf(context.locations());
        MatrixTransportCosts costs = transportCosts(context);
        VehicleRoutingProblem.Builder builder = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE)
                .setRoutingCost(costs)
                .setActivityCosts(new ServiceTimeCosts());
        Map<String, Double> ranges = new HashMap<>();
        for (FleetVehicle vehicle : context.vehicles()) {
            builder.addVehicle(vehicleOf(vehicle, locations[PlanningContext.DEPOT]));
            if (vehicle.hasRange()) {
                ranges.put(vehicle.id(), vehicle.rangeMeters());
            }
        }
        orders.forEach(order -> builder.addJob(serviceOf(order, locations[order.locationIndex()])));
        return new TranslatedProblem(builder.build(), List.of(new VehicleRangeLimit(ranges),
                WaitingTimeCost.extension()));
    }

    private static Location[] locationsOf(List<GeoPoint> points) {
        Location[] locations = new Location[points.size()];
        for (int i = 0; i < locations.length; i++) {
            GeoPoint point = points.get(i);
            locations[i] = Location.Builder.newInstance().setIndex(i).setId("L" + i)
                    .setCoordinate(Coordinate.newInstance(point.getLongitude(), point.getLatitude())).build();
        }
        return locations;
    }

    private static MatrixTransportCosts transportCosts(PlanningContext context) {
        MatrixTransportCosts.Builder builder = MatrixTransportCosts.builder();
        context.matrices().forEach((profile, matrix) -> builder.addMatrix(profile.key(), matrix));
        List<CostModel> models = context.vehicles().stream().map(v -> new CostModel(v.vehicle().getCosts())).toList();
        double perMeter = models.stream().mapToDouble(CostModel::solverCostPerMeter).average().orElse(1);
        double perSecond = models.stream().mapToDouble(CostModel::solverCostPerSecond).average().orElse(0);
        return builder.defaultProfile(context.vehicles().get(0).profile().key())
                .costWithoutVehicle(perMeter, perSecond).build();
    }

    private static VehicleImpl vehicleOf(FleetVehicle vehicle, Location depot) {
        CostModel cost = new CostModel(vehicle.vehicle().getCosts());
        VehicleTypeImpl.Builder type = VehicleTypeImpl.Builder.newInstance(vehicle.id())
                .setProfile(vehicle.profile().key())
                .setFixedCost(cost.fixed())
                .setCostPerDistance(cost.solverCostPerMeter())
                .setCostPerTransportTime(cost.solverCostPerSecond())
                .setCostPerWaitingTime(cost.solverCostPerSecond())
                .setCostPerServiceTime(cost.solverCostPerSecond());
        for (int i = 0; i < CapacityDimensions.COUNT; i++) {
            type.addCapacityDimension(i, vehicle.capacity()[i]);
        }
        return VehicleImpl.Builder.newInstance(vehicle.id()).setType(type.build())
                .setStartLocation(depot).setReturnToDepot(true)
                .setEarliestStart(vehicle.shift().start()).setLatestArrival(vehicle.shift().end())
                .addAllSkills(vehicle.skills()).build();
    }

    private static Service serviceOf(OrderNeeds order, Location location) {
        Service.Builder<? extends Service> service = order.isPickup()
                ? Pickup.Builder.newInstance(order.id()) : Delivery.Builder.newInstance(order.id());
        service.setLocation(location).setServiceTime(order.order().getServiceTimeSeconds())
                .setPriority(order.solverPriority()).addAllRequiredSkills(order.skills());
        for (int i = 0; i < CapacityDimensions.COUNT; i++) {
            service.addSizeDimension(i, order.demand()[i]);
        }
        order.windows().forEach(window -> service.addTimeWindow(window.start(), window.end()));
        return service.build();
    }
}
