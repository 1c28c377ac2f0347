package io.lastmilehub.planning.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Results made up for the report's tests: feasible runs with a vehicle count and a distance. */
final class SolvedResults {

    private SolvedResults() {
    }

    /** An instance of 100 customers with its best-known solution and the runs. */
    static InstanceResult result(String instance, int vehicles, double distance, SolverRun... runs) {
        return new InstanceResult(instance, 100, Optional.of(new BestKnown(instance, vehicles, distance)),
                List.of(runs));
    }

    /** A feasible run of the column {@code solver}. */
    static SolverRun run(String solver, int vehicles, double distance) {
        return new SolverRun(solver, new VrptwSolution(List.of(), Duration.ZERO, Duration.ZERO),
                new Evaluation(vehicles, distance, true, ""));
    }
}
