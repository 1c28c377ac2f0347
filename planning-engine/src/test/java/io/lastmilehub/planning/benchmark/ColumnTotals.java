package io.lastmilehub.planning.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One column of the results (a solver, with one seed) added up over a set of instances. Instances without a
 * best-known solution count as at the best-known vehicle count and have no distance gap.
 *
 * @param instances  instances added up
 * @param feasible   of those, solved feasibly (only these count below)
 * @param vehicles   vehicles used
 * @param bkVehicles the best-known solutions' vehicles
 * @param atBest     instances at (or under) the best-known vehicle count
 * @param gapAtBest  mean distance gap in percent over the instances at the best-known count with a best-known
 *                   distance; empty when there is none
 * @param gapAll     mean distance gap in percent over every feasible instance with a best-known distance
 * @param timeToBest mean time to the best solution
 */
record ColumnTotals(int instances, int feasible, int vehicles, int bkVehicles, int atBest,
                    Optional<Double> gapAtBest, Optional<Double> gapAll, Duration timeToBest) {

    /** Adds up column {@code column} of the results. */
    static ColumnTotals of(List<InstanceResult> results, int column) {
        int feasible = 0;
        int vehicles = 0;
        int bkVehicles = 0;
        int atBest = 0;
        Mean gapAtBest = new Mean();
        Mean gapAll = new Mean();
        long nanosSum = 0;
        for (InstanceResult result : results) {
            SolverRun run = result.runs().get(column);
            if (!run.evaluation().feasible()) {
                continue;
            }
            feasible++;
            vehicles += run.evaluation().vehicles();
            bkVehicles += result.bestKnown().map(BestKnown::vehicles).orElse(run.evaluation().vehicles());
            Optional<Double> gap = run.distanceGapPercent(result.bestKnown());
            gap.ifPresent(gapAll::add);
            if (run.vehicleGap(result.bestKnown()).orElse(0) <= 0) {
                atBest++;
                gap.ifPresent(gapAtBest::add);
            }
            nanosSum += run.solution().timeToBest().toNanos();
        }
        return new ColumnTotals(results.size(), feasible, vehicles, bkVehicles, atBest, gapAtBest.value(),
                gapAll.value(), Duration.ofNanos(feasible == 0 ? 0 : nanosSum / feasible));
    }

    /** Instances not solved feasibly. */
    int infeasible() {
        return instances - feasible;
    }

    /** Vehicles over the best-known total, in percent of it. */
    double vehicleGapPercent() {
        return bkVehicles == 0 ? 0 : 100.0 * (vehicles - bkVehicles) / bkVehicles;
    }

    private static final class Mean {
        private double sum;
        private int count;

        void add(double value) {
            sum += value;
            count++;
        }

        Optional<Double> value() {
            return count == 0 ? Optional.empty() : Optional.of(sum / count);
        }
    }
}
