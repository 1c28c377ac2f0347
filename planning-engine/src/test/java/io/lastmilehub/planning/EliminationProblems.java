package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;
import io.lastmilehub.planning.solomon.SolomonProblems;

import java.util.ArrayList;
import java.util.List;

/** Small problems for the route-elimination tests. */
final class EliminationProblems {

    /** Larger than any route of these problems, so that a vehicle less always pays. */
    static final double FIXED_COST = 1000;

    private EliminationProblems() {
    }

    /**
     * Four customers of demand 1 on the corners of a square around the depot, three vans of capacity 10 (vehicle-1
     * to vehicle-3): one van could serve them all.
     */
    static VehicleRoutingProblem fourCustomersThreeVans() {
        SolomonNode depot = new SolomonNode(0, 0, 0, 0, 0, 1000, 0);
        List<SolomonNode> customers = List.of(new SolomonNode(1, 10, 10, 1, 0, 1000, 1),
                new SolomonNode(2, -10, 10, 1, 0, 1000, 1), new SolomonNode(3, -10, -10, 1, 0, 1000, 1),
                new SolomonNode(4, 10, -10, 1, 0, 1000, 1));
        return SolomonProblems.toProblem(new SolomonInstance("square", 3, 10, depot, customers), FIXED_COST);
    }

    /**
     * Five customers of demands 7, 1, 5, 3 and 4 (customers 1 to 5) near the depot, three vans of capacity 10
     * (vehicle-1 to vehicle-3): two vans can serve them (7 + 3 and 1 + 5 + 4), but not as 7 + 1 and 5 + 3 with
     * the 4 on its own, where no customer fits into another van without taking one out.
     */
    static VehicleRoutingProblem fiveLoadsForTwoVans() {
        SolomonNode depot = new SolomonNode(0, 0, 0, 0, 0, 1000, 0);
        int[] demands = {7, 1, 5, 3, 4};
        List<SolomonNode> customers = new ArrayList<>();
        for (int c = 1; c <= demands.length; c++) {
            customers.add(new SolomonNode(c, 10 * Math.cos(c), 10 * Math.sin(c), demands[c - 1], 0, 1000, 1));
        }
        return SolomonProblems.toProblem(new SolomonInstance("five-loads", 3, 10, depot, customers), FIXED_COST);
    }

    /** A route of the problem's vehicle with the customers, in that order. */
    static VehicleRoute routeOf(VehicleRoutingProblem problem, String vehicleId, String... customers) {
        Vehicle vehicle = problem.getVehicles().stream().filter(v -> v.getId().equals(vehicleId)).findFirst()
                .orElseThrow();
        VehicleRoute.Builder route = VehicleRoute.Builder.newInstance(vehicle)
                .setJobActivityFactory(problem.getJobActivityFactory());
        for (String customer : customers) {
            route.addService((Service) problem.getJobs().get(customer));
        }
        return route.build();
    }
}
