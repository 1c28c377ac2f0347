package io.lastmilehub.planning.benchmark;

import io.lastmilehub.planning.solomon.SolomonInstance;

import java.time.Duration;

/**
 * A VRPTW solver the benchmark compares: vehicles first, then distance, under Solomon's conventions (see
 * {@link io.lastmilehub.planning.solomon.SolomonProblems}). Implementations besides jsprit are found with
 * {@link java.util.ServiceLoader}, so that a solver with a heavy dependency (OR-Tools) is only on the class path
 * when the benchmark profile puts it there.
 */
public interface BenchmarkSolver {

    /** Short name for the report, e.g. {@code jsprit}. */
    String name();

    /**
     * Solves the instance within the budget.
     *
     * @param instance the instance
     * @param budget   wall-clock time for the search
     * @param seed     seed of the solver's random numbers, where it has any
     * @return the best solution found; may leave customers out, the evaluation will say so
     */
    VrptwSolution solve(SolomonInstance instance, Duration budget, long seed);

    /**
     * Whether the seed changes the search. A solver without one runs once per instance whatever the seeds asked for:
     * more runs would only measure the timing noise of its time limit.
     */
    default boolean usesSeed() {
        return true;
    }
}
