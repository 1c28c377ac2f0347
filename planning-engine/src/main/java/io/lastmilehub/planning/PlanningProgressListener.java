package io.lastmilehub.planning;

/**
 * Told after every solver iteration how far the search is, so that an application can show progress. Called on a
 * planning thread, one call at a time: keep it quick. An exception it throws is logged and otherwise ignored.
 */
@FunctionalInterface
public interface PlanningProgressListener {

    /** Does nothing. */
    PlanningProgressListener NONE = (iteration, bestCost) -> {
    };

    /**
     * @param iteration number of the iteration just finished, from 1
     * @param bestCost  best value of the solver's objective so far: the plan's costs plus a penalty per unassigned
     *                  order, so it falls as the search improves but is not itself a plan cost
     */
    void onIteration(int iteration, double bestCost);

    /** Told the same, with the shape of the best solution so far; by default passes on to {@link #onIteration}. */
    default void onProgress(PlanningProgress progress) {
        onIteration(progress.iteration(), progress.bestCost());
    }
}
