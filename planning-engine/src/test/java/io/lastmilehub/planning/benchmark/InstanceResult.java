package io.lastmilehub.planning.benchmark;

import java.util.List;
import java.util.Optional;

/**
 * All solvers on one instance.
 *
 * @param instance the instance's name (its file name without extension)
 * @param customers number of customers
 * @param bestKnown its best-known solution, when the table has one
 * @param runs     one per solver, in the order the solvers ran
 */
public record InstanceResult(String instance, int customers, Optional<BestKnown> bestKnown, List<SolverRun> runs) {

    /** Copies the runs. */
    public InstanceResult {
        runs = List.copyOf(runs);
    }
}
