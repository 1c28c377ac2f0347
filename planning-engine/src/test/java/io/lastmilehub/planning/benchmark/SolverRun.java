package io.lastmilehub.planning.benchmark;

import java.util.Optional;

/**
 * One solver on one instance: what it returned and how the benchmark measured it.
 *
 * @param solver     the solver's name
 * @param solution   what it returned
 * @param evaluation the benchmark's measurement of it
 */
public record SolverRun(String solver, VrptwSolution solution, Evaluation evaluation) {

    /** Vehicles over the best-known solution's (negative when fewer). */
    public Optional<Integer> vehicleGap(Optional<BestKnown> best) {
        return best.map(b -> evaluation.vehicles() - b.vehicles());
    }

    /** Distance over the best-known solution's, in percent of it. */
    public Optional<Double> distanceGapPercent(Optional<BestKnown> best) {
        return best.map(b -> 100 * (evaluation.distance() - b.distance()) / b.distance());
    }

    /**
     * Compares under the hierarchical objective: infeasible after feasible, then fewer vehicles, then shorter
     * distance (ties within 0.005, half the published rounding).
     */
    public int compareTo(SolverRun other) {
        if (evaluation.feasible() != other.evaluation.feasible()) {
            return evaluation.feasible() ? -1 : 1;
        }
        if (evaluation.vehicles() != other.evaluation.vehicles()) {
            return Integer.compare(evaluation.vehicles(), other.evaluation.vehicles());
        }
        double difference = evaluation.distance() - other.evaluation.distance();
        return Math.abs(difference) < 0.005 ? 0 : (difference < 0 ? -1 : 1);
    }
}
