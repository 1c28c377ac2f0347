package io.lastmilehub.planning.benchmark;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import io.lastmilehub.planning.JspritSolver;
import io.lastmilehub.planning.PlanningOptions;
import io.lastmilehub.planning.SolverResult;
import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonProblems;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's own solver set-up ({@link JspritSolver}, as the {@code PlanningEngine} uses it) on the Solomon model
 * of {@link SolomonProblems}: a fixed cost per vehicle larger than any route puts vehicles first. The iteration limit
 * is lifted so that the time budget decides; the time to best is the end of the iteration that last improved the
 * objective.
 */
public final class JspritBenchmarkSolver implements BenchmarkSolver {

    /** Larger than any route's length in the Solomon and Gehring-Homberger sets. */
    static final double FIXED_COST_PER_VEHICLE = 100_000;

    private final int threads;
    private final boolean ejectionPool;

    /** @param threads solver threads, at least 1; route minimisation with an ejection pool as by default */
    public JspritBenchmarkSolver(int threads) {
        this(threads, PlanningOptions.DEFAULT_EJECTION_POOL);
    }

    /**
     * @param threads      solver threads, at least 1
     * @param ejectionPool whether the search minimises routes with an ejection pool
     */
    public JspritBenchmarkSolver(int threads, boolean ejectionPool) {
        this.threads = threads;
        this.ejectionPool = ejectionPool;
    }

    /** "jsprit" with one thread, "jsprit-2t" with two; "-ep" added with the ejection pool. */
    @Override
    public String name() {
        return (threads == 1 ? "jsprit" : "jsprit-" + threads + "t") + (ejectionPool ? "-ep" : "");
    }

    @Override
    public VrptwSolution solve(SolomonInstance instance, Duration budget, long seed) {
        long started = System.nanoTime();
        VehicleRoutingProblem problem = SolomonProblems.toProblem(instance, FIXED_COST_PER_VEHICLE);
        BestTime bestTime = new BestTime(started);
        PlanningOptions options = PlanningOptions.builder().maxIterations(Integer.MAX_VALUE).timeBudget(budget)
                .threads(threads).randomSeed(seed).progressListener(bestTime::onIteration).ejectionPool(ejectionPool)
                .build();
        SolverResult result = new JspritSolver(options).solve(problem);
        List<List<Integer>> routes = new ArrayList<>();
        for (VehicleRoute route : result.solution().getRoutes()) {
            routes.add(route.getActivities().stream().map(activity -> Integer.parseInt(activity.getLocation()
                    .getId())).toList());
        }
        return new VrptwSolution(routes, bestTime.timeToBest(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** Remembers when the best cost last fell. */
    private static final class BestTime {

        private final long started;
        private double best = Double.MAX_VALUE;
        private long foundAt;

        BestTime(long started) {
            this.started = started;
            this.foundAt = started;
        }

        void onIteration(int iteration, double bestCost) {
            if (bestCost < best) {
                best = bestCost;
                foundAt = System.nanoTime();
            }
        }

        Duration timeToBest() {
            return Duration.ofNanos(foundAt - started);
        }
    }
}
