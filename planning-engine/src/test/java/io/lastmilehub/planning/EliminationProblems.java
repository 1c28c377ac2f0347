package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;
import io.lastmilehub.planning.solomon.SolomonProblems;

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
}
