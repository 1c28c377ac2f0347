package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.state.StateId;
import com.graphhopper.jsprit.core.algorithm.state.StateManager;
import com.graphhopper.jsprit.core.algorithm.state.VehicleDependentTraveledDistance;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.constraint.ConstraintManager;
import com.graphhopper.jsprit.core.problem.constraint.MaxDistanceConstraint;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;

import java.util.HashMap;
import java.util.Map;

/**
 * A vehicle with a range drives no route longer than it, return to the depot included. Uses jsprit's
 * {@link MaxDistanceConstraint} with the distances of the problem's transport costs (metres in this engine).
 *
 * <p>Example: a cargo bike with a 40 km range has done 31 km so far; inserting a stop that adds 10 km is refused,
 * one that adds 8 km is allowed.
 */
public final class VehicleRangeLimit implements SolverExtension {

    private final Map<String, Double> maxDistanceByVehicleId;

    /** @param maxDistanceByVehicleId longest route per vehicle id, in the problem's distance unit; others unlimited */
    public VehicleRangeLimit(Map<String, Double> maxDistanceByVehicleId) {
        this.maxDistanceByVehicleId = Map.copyOf(Checks.notNull(maxDistanceByVehicleId, "maxDistanceByVehicleId"));
    }

    @Override
    public void configure(VehicleRoutingProblem problem, StateManager stateManager,
                          ConstraintManager constraintManager) {
        Map<Vehicle, Double> limits = new HashMap<>();
        for (Vehicle vehicle : problem.getVehicles()) {
            Double limit = maxDistanceByVehicleId.get(vehicle.getId());
            if (limit != null) {
                limits.put(vehicle, limit);
            }
        }
        if (limits.isEmpty()) {
            return;
        }
        StateId distance = stateManager.createStateId("vehicle-range-distance");
        stateManager.addStateUpdater(new VehicleDependentTraveledDistance(problem.getTransportCosts(), stateManager,
                distance, problem.getVehicles()));
        constraintManager.addConstraint(new MaxDistanceConstraint(stateManager, distance,
                problem.getTransportCosts(), limits), ConstraintManager.Priority.CRITICAL);
    }
}
