package io.lastmilehub.planning.solomon;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Coordinate;
import io.lastmilehub.planning.travel.MatrixTransportCosts;
import io.lastmilehub.planning.travel.TravelLeg;
import io.lastmilehub.planning.travel.TravelMatrix;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the jsprit problem of a Solomon instance by the benchmark's conventions: Euclidean distance in double
 * precision, travel time equal to distance, service inside [ready, due], every route from and back to the depot
 * within the depot's horizon, at most the file's number of vehicles. The objective is vehicles first, then
 * distance: each vehicle costs {@code fixedCostPerVehicle}, each unit of distance 1.
 */
public final class SolomonProblems {

    /** Profile name of the Euclidean matrix. */
    public static final String PROFILE = "solomon";

    private SolomonProblems() {
    }

    /**
     * @param instance            the instance
     * @param fixedCostPerVehicle cost of each vehicle used; larger than any route's length puts vehicles first
     */
    public static VehicleRoutingProblem toProblem(SolomonInstance instance, double fixedCostPerVehicle) {
        List<SolomonNode> nodes = new ArrayList<>();
        nodes.add(instance.depot());
        nodes.addAll(instance.customers());
        TravelMatrix matrix = TravelMatrix.compute(nodes.size(), (from, to) -> {
            double distance = nodes.get(from).distanceTo(nodes.get(to));
            return new TravelLeg(distance, distance);
        });
        VehicleRoutingProblem.Builder builder = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE)
                .setRoutingCost(MatrixTransportCosts.builder().addMatrix(PROFILE, matrix).build());
        VehicleType type = VehicleTypeImpl.Builder.newInstance(PROFILE).setProfile(PROFILE)
                .addCapacityDimension(0, instance.vehicleCapacity()).setCostPerDistance(1)
                .setFixedCost(fixedCostPerVehicle).build();
        Location depot = locationOf(instance.depot(), 0);
        for (int v = 1; v <= instance.vehicleCount(); v++) {
            builder.addVehicle(VehicleImpl.Builder.newInstance("vehicle-" + v).setType(type).setStartLocation(depot)
                    .setEarliestStart(instance.depot().readyTime()).setLatestArrival(instance.depot().dueTime())
                    .build());
        }
        for (int i = 1; i < nodes.size(); i++) {
            SolomonNode customer = nodes.get(i);
            builder.addJob(Service.Builder.newInstance(Integer.toString(customer.number()))
                    .setLocation(locationOf(customer, i)).addSizeDimension(0, customer.demand())
                    .setServiceTime(customer.serviceTime())
                    .addTimeWindow(customer.readyTime(), customer.dueTime()).build());
        }
        return builder.build();
    }

    /** Total travel distance of a solution on the problem's own distances, return legs included. */
    public static double distanceOf(VehicleRoutingProblem problem, VehicleRoutingProblemSolution solution) {
        double distance = 0;
        for (VehicleRoute route : solution.getRoutes()) {
            TourActivity previous = route.getStart();
            List<TourActivity> visits = new ArrayList<>(route.getActivities());
            visits.add(route.getEnd());
            for (TourActivity next : visits) {
                distance += problem.getTransportCosts().getDistance(previous.getLocation(), next.getLocation(),
                        previous.getEndTime(), route.getVehicle());
                previous = next;
            }
        }
        return distance;
    }

    private static Location locationOf(SolomonNode node, int index) {
        return Location.Builder.newInstance().setIndex(index).setId(Integer.toString(node.number()))
                .setCoordinate(Coordinate.newInstance(node.x(), node.y())).build();
    }
}
