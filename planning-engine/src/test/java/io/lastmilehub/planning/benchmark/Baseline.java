package io.lastmilehub.planning.benchmark;

import io.lastmilehub.planning.JspritSolver;
import io.lastmilehub.planning.PlanningOptions;
import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonProblems;

import java.time.Duration;

/**
 * A fixed piece of work timed in the same run as the benchmark, so that times can be reported as multiples of it:
 * machines are noisy and differ, ratios travel better than seconds. The work is jsprit's search on the first
 * instance for a fixed number of iterations with one thread and a fixed seed; it is run twice and the faster run
 * counts (the first warms up the JIT).
 *
 * @param description what was timed
 * @param duration    how long it took
 */
public record Baseline(String description, Duration duration) {

    /** Iterations of the timed search. */
    static final int ITERATIONS = 200;

    /** Times the baseline work on the instance. */
    public static Baseline measure(SolomonInstance instance) {
        Duration best = null;
        for (int run = 0; run < 2; run++) {
            long started = System.nanoTime();
            PlanningOptions options = PlanningOptions.builder().maxIterations(ITERATIONS)
                    .timeBudget(Duration.ofMinutes(10)).build();
            new JspritSolver(options).solve(SolomonProblems.toProblem(instance,
                    JspritBenchmarkSolver.FIXED_COST_PER_VEHICLE));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            best = best == null || elapsed.compareTo(best) < 0 ? elapsed : best;
        }
        return new Baseline("jsprit, " + ITERATIONS + " iterations, 1 thread, on " + instance.name(), best);
    }

    /** The duration as a multiple of the baseline. */
    public double ratio(Duration other) {
        return other.toNanos() / (double) Math.max(1, duration.toNanos());
    }
}
