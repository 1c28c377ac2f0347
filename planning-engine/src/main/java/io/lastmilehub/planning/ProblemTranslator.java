package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.Capacity;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Break;
import com.graphhopper.jsprit.core.problem.job.Delivery;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Pickup;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.job.Shipment;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Coordinate;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.planning.travel.MatrixTransportCosts;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the jsprit problem: one vehicle (with its own type) per fleet vehicle, finite fleet, starting where it is
 * (its depot, or its current position when re-planning) and ending at its depot within its shift, with its
 * driver's break; one job per plannable order (a jsprit Delivery for deliveries, a Pickup for pickups and returns
 * to the depot, a Shipment for a pickup-and-delivery pair) with its location(s), service time, loads, all its time
 * windows, skills and priority; transport costs from the travel matrices, through the base for drones
 * ({@link BackToBaseTransportCosts}); the orders fixed on vehicles under way as jsprit initial routes, which the
 * search keeps. The rules jsprit's core lacks come as extensions: range per route ({@link VehicleRangeLimit}),
 * payload and range per trip ({@link PerTripPayload}, {@link PerTripRange}), maximum route duration
 * ({@link MaxRouteDuration}), waiting paid except before the first stop ({@link WaitingTimeCost},
 * {@link ServiceTimeCosts}).
 */
final class ProblemTranslator {

    private ProblemTranslator() {
    }

    static TranslatedProblem translate(PlanningContext context, List<OrderNeeds> orders) {
        Location[] locations = locationsOf(context.locations());
        VehicleRoutingProblem.Builder builder = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE)
                .setActivityCosts(new ServiceTimeCosts());
        Map<String, Double> ranges = new HashMap<>();
        Map<String, Double> tripRanges = new HashMap<>();
        Map<String, Capacity> tripPayloads = new HashMap<>();
        Map<String, Double> maxDurations = new HashMap<>();
        Map<String, Location> bases = new HashMap<>();
        Map<String, VehicleImpl> vehicles = new LinkedHashMap<>();
        for (FleetVehicle vehicle : context.vehicles()) {
            VehicleImpl jspritVehicle = vehicleOf(vehicle, locations);
            vehicles.put(vehicle.id(), jspritVehicle);
            builder.addVehicle(jspritVehicle);
            Map<String, Double> rangeRule = vehicle.backToBase() ? tripRanges : ranges;
            if (vehicle.hasRange()) {
                rangeRule.put(vehicle.id(), vehicle.rangeMeters());
            }
            if (vehicle.backToBase()) {
                bases.put(vehicle.id(), locations[vehicle.endIndex()]);
                tripPayloads.put(vehicle.id(), capacityOf(vehicle.capacity()));
            }
            if (vehicle.hasMaxRouteDuration()) {
                maxDurations.put(vehicle.id(), vehicle.maxRouteSeconds());
            }
        }
        builder.setRoutingCost(new BackToBaseTransportCosts(transportCosts(context, vehicles.values()), bases,
                vehicles.values()));
        Map<String, Job> jobs = new LinkedHashMap<>();
        orders.forEach(order -> jobs.put(order.id(), jobOf(order, locations)));
        jobs.values().forEach(builder::addJob);
        new InitialRoutes(context.current(), vehicles, jobs).addTo(builder);
        return new TranslatedProblem(builder.build(), List.of(new VehicleRangeLimit(ranges),
                PerTripRange.extension(tripRanges), PerTripPayload.extension(tripPayloads),
                MaxRouteDuration.extension(maxDurations), WaitingTimeCost.extension()));
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

    private static MatrixTransportCosts transportCosts(PlanningContext context, Collection<VehicleImpl> vehicles) {
        MatrixTransportCosts.Builder builder = MatrixTransportCosts.builder().vehicles(vehicles);
        context.matrices().forEach((profile, matrix) -> builder.addMatrix(profile.key(), matrix,
                context.traffic(profile)));
        List<CostModel> models = context.vehicles().stream().map(FleetVehicle::costs).toList();
        double perMeter = models.stream().mapToDouble(CostModel::solverCostPerMeter).average().orElse(1);
        double perSecond = models.stream().mapToDouble(CostModel::solverCostPerSecond).average().orElse(0);
        return builder.defaultProfile(context.vehicles().get(0).profile().key())
                .costWithoutVehicle(perMeter, perSecond).build();
    }

    private static VehicleImpl vehicleOf(FleetVehicle vehicle, Location[] locations) {
        CostModel cost = vehicle.costs();
        VehicleTypeImpl.Builder type = VehicleTypeImpl.Builder.newInstance(vehicle.id())
                .setProfile(vehicle.profile().key())
                .setFixedCost(cost.fixed())
                .setCostPerDistance(cost.solverCostPerMeter())
                .setCostPerTransportTime(cost.solverCostPerSecond())
                .setCostPerWaitingTime(cost.solverCostPerSecond())
                .setCostPerServiceTime(cost.solverCostPerSecond())
                .setUserData(new StopCost(cost.perStop()));
        for (int i = 0; i < CapacityDimensions.COUNT; i++) {
            // a back-to-base vehicle's load does not add up over the day: PerTripPayload checks each trip
            type.addCapacityDimension(i, vehicle.backToBase() ? CapacityDimensions.UNLIMITED : vehicle.capacity()[i]);
        }
        VehicleImpl.Builder jspritVehicle = VehicleImpl.Builder.newInstance(vehicle.id()).setType(type.build())
                .setStartLocation(locations[vehicle.startIndex()]).setEndLocation(locations[vehicle.endIndex()])
                .setReturnToDepot(true)
                .setEarliestStart(vehicle.shift().start()).setLatestArrival(vehicle.shift().end())
                .addAllSkills(vehicle.skills());
        if (vehicle.breakRule() != null) {
            BreakRule rule = vehicle.breakRule();
            jspritVehicle.setBreak(Break.Builder.newInstance("break-" + vehicle.id())
                    .addTimeWindow(rule.window().start(), rule.window().end()).setServiceTime(rule.seconds())
                    .build());
        }
        return jspritVehicle.build();
    }

    private static Capacity capacityOf(int[] dimensions) {
        Capacity.Builder capacity = Capacity.Builder.newInstance();
        for (int i = 0; i < CapacityDimensions.COUNT; i++) {
            capacity.addDimension(i, dimensions[i]);
        }
        return capacity.build();
    }

    private static Job jobOf(OrderNeeds order, Location[] locations) {
        return order.isPair() ? shipmentOf(order, locations) : serviceOf(order, locations[order.locationIndex()]);
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

    /** A pickup-and-delivery pair: the same service time at both ends. */
    private static Shipment shipmentOf(OrderNeeds order, Location[] locations) {
        Shipment.Builder shipment = Shipment.Builder.newInstance(order.id())
                .setPickupLocation(locations[order.pickupIndex()])
                .setDeliveryLocation(locations[order.locationIndex()])
                .setPickupServiceTime(order.order().getServiceTimeSeconds())
                .setDeliveryServiceTime(order.order().getServiceTimeSeconds())
                .setPriority(order.solverPriority()).addAllRequiredSkills(order.skills());
        for (int i = 0; i < CapacityDimensions.COUNT; i++) {
            shipment.addSizeDimension(i, order.demand()[i]);
        }
        order.pickupWindows().forEach(window -> shipment.addPickupTimeWindow(window.start(), window.end()));
        order.windows().forEach(window -> shipment.addDeliveryTimeWindow(window.start(), window.end()));
        return shipment.build();
    }
}
