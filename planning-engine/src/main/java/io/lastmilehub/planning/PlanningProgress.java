package io.lastmilehub.planning;

/**
 * How far a search is after one iteration.
 *
 * @param iteration  number of the iteration just finished, from 1
 * @param bestCost   best value of the solver's objective so far (see {@link PlanningProgressListener#onIteration})
 * @param vehicles   vehicles used by the best solution so far
 * @param unassigned jobs the best solution so far leaves out
 */
public record PlanningProgress(int iteration, double bestCost, int vehicles, int unassigned) {
}
