package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.util.UnassignedJobReasonTracker;

import java.util.List;

/** What one whole search found: its best solution, why its left-out jobs stayed out, and its iterations. */
record SearchOutcome(VehicleRoutingProblemSolution best, UnassignedJobReasonTracker reasons, int iterations) {

    /** Runs one whole search. */
    static SearchOutcome of(PhaseAlgorithms algorithms, PlanningOptions options) {
        UnassignedJobReasonTracker reasons = SolverUnassignedReasons.newTracker();
        ProgressRelay progress = new ProgressRelay(options.progressListener());
        VehicleRoutingProblemSolution best = new VehicleMinimisingSearch(algorithms, options, progress,
                List.of(reasons)).run();
        return new SearchOutcome(best, reasons, progress.iterationsStarted());
    }
}
