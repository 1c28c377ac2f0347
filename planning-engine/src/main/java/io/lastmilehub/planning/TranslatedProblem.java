package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;

import java.util.List;

/**
 * A request as a jsprit problem, with the rules jsprit's core does not know.
 *
 * @param problem    jobs are the plannable orders (job id = order id), vehicles the fleet (vehicle id = model id)
 * @param extensions extra rules for the solver
 */
record TranslatedProblem(VehicleRoutingProblem problem, List<SolverExtension> extensions) {
}
