package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.state.StateManager;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.constraint.ConstraintManager;

/**
 * Adds a business rule to the jsprit algorithm that {@link JspritSolver} builds: state updaters on the state
 * manager and hard or soft constraints on the constraint manager. jsprit's core rules (capacity, time windows,
 * skills) are always there. Example: {@code VehicleRangeLimit} adds jsprit's {@code MaxDistanceConstraint} for the
 * vehicles that have a range.
 */
@FunctionalInterface
public interface SolverExtension {

    /** Registers the rule; called once per solve, before the algorithm is built. */
    void configure(VehicleRoutingProblem problem, StateManager stateManager, ConstraintManager constraintManager);
}
