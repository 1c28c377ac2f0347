package io.lastmilehub.planning.benchmark;

import io.lastmilehub.model.Plan;
import io.lastmilehub.planning.PlanningEngine;
import io.lastmilehub.planning.PlanningOptions;
import io.lastmilehub.planning.PlanningRequest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * One generated instance planned through the {@link PlanningEngine} facade, measured: time to the first feasible
 * plan (the end of jsprit's first iteration, after its construction heuristic and one ruin-and-recreate step; every
 * jsprit solution satisfies the hard constraints, orders it cannot place are unassigned), total time, iterations,
 * peak heap.
 *
 * @param stops              orders generated
 * @param vehicles           vans generated
 * @param timeToFeasible     from the start of {@code plan} to the end of the first iteration
 * @param cpuToFeasible      CPU time of the planning thread in that span: what the wall-clock time would be on
 *                           an idle machine (the scale runs use one solver thread), for machines shared with others
 * @param total              the whole {@code plan} call (matrix, solve, assembly)
 * @param iterations         iterations finished
 * @param routes             routes in the plan
 * @param unassigned         orders left out
 * @param totalCost          the plan's cost
 * @param sampledPeakBytes   see {@link HeapWatch#sampledPeakBytes()}
 * @param poolPeakBytes      see {@link HeapWatch#poolPeakBytes()}
 */
public record ScaleRun(int stops, int vehicles, Duration timeToFeasible, Duration cpuToFeasible, Duration total,
                       int iterations, int routes,
                       int unassigned, double totalCost, long sampledPeakBytes, long poolPeakBytes) {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /**
     * Generates and plans an instance.
     *
     * @param stops    orders
     * @param vehicles vans
     * @param budget   search time after which jsprit stops
     * @param seed     seed of the generator and the solver
     */
    public static ScaleRun measure(int stops, int vehicles, Duration budget, long seed) {
        return measure(stops, vehicles, budget, seed, ScaleInstanceGenerator.Fleet.VANS, Integer.MAX_VALUE);
    }

    /**
     * The same with the fleet given (vans only, or mixed) and at most that many iterations: with a budget long
     * enough to finish them, the search takes the same path in every run, so its time compares builds.
     */
    public static ScaleRun measure(int stops, int vehicles, Duration budget, long seed,
                                   ScaleInstanceGenerator.Fleet fleet, int maxIterations) {
        FirstIteration first = new FirstIteration();
        PlanningOptions options = PlanningOptions.builder().maxIterations(maxIterations).timeBudget(budget)
                .randomSeed(seed).progressListener(first::onIteration).build();
        PlanningRequest request = ScaleInstanceGenerator.generate(stops, vehicles, seed, options, fleet);
        System.gc();
        try (HeapWatch heap = new HeapWatch().start()) {
            long started = System.nanoTime();
            first.started = started;
            first.cpuStarted = CPU.getCurrentThreadCpuTime();
            Plan plan = new PlanningEngine().plan(request);
            Duration total = Duration.ofNanos(System.nanoTime() - started);
            return new ScaleRun(stops, vehicles, first.timeToFirst(total), first.cpuToFirst(), total,
                    first.iterations, plan.getRoutes().size(), plan.getUnassigned().size(),
                    plan.getCost().getTotalCost(), heap.sampledPeakBytes(), heap.poolPeakBytes());
        }
    }

    /** Remembers when the first iteration ended. */
    private static final class FirstIteration {

        private long started;
        private long firstAt;
        private long cpuStarted;
        private long cpuAtFirst;
        private int iterations;

        void onIteration(int iteration, double bestCost) {
            iterations = iteration;
            if (firstAt == 0) {
                firstAt = System.nanoTime();
                cpuAtFirst = CPU.getCurrentThreadCpuTime();
            }
        }

        Duration cpuToFirst() {
            return Duration.ofNanos(cpuAtFirst == 0 ? CPU.getCurrentThreadCpuTime() - cpuStarted
                    : cpuAtFirst - cpuStarted);
        }

        Duration timeToFirst(Duration total) {
            return firstAt == 0 ? total : Duration.ofNanos(firstAt - started);
        }
    }
}
