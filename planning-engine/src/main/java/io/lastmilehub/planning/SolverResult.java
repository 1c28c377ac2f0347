package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import io.lastmilehub.model.Unassigned;

import java.time.Duration;
import java.util.Map;

/**
 * What a {@link JspritSolver} run found.
 *
 * @param solution   the best solution
 * @param unassigned for each job jsprit left out, keyed by job id, the reason it reported, mapped to the model
 * @param iterations iterations started
 * @param elapsed    wall-clock time of the search
 */
public record SolverResult(VehicleRoutingProblemSolution solution, Map<String, Unassigned> unassigned,
                           int iterations, Duration elapsed) {

    /** Copies the map. */
    public SolverResult {
        Checks.notNull(solution, "solution");
        unassigned = Map.copyOf(Checks.notNull(unassigned, "unassigned"));
        Checks.notNull(elapsed, "elapsed");
    }
}
