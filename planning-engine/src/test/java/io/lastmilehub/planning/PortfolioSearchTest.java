package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;
import io.lastmilehub.planning.solomon.SolomonProblems;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioSearchTest {

    /** Few enough that the iterations, not the generous time budget, end every phase: each search is repeatable. */
    private static final int ITERATIONS = 120;
    private static final long SEED = 4711;

    @Test
    void whenSolvingOnTwoThreads_itShouldKeepTheCheaperOfTwoWholeSearchesWithSeedsOfTheirOwn() {
        VehicleRoutingProblem problem = scatteredCustomers();
        double first = costOf(problem, 1, SEED);
        double second = costOf(problem, 1, SEED + PortfolioSearch.SEED_STRIDE);

        double portfolio = costOf(problem, 2, SEED);

        assertThat(first).isNotEqualTo(second);
        assertThat(portfolio).isEqualTo(Math.min(first, second));
    }

    @Test
    void whenSolvingOnTwoThreads_theProgressShouldComeOneAtATimeAndNeverGoBack() {
        List<PlanningProgress> reports = new ArrayList<>();
        Set<String> threads = new HashSet<>();
        PlanningOptions options = options(2, SEED).toBuilder().progressListener(new PlanningProgressListener() {
            @Override
            public void onIteration(int iteration, double bestCost) {
                throw new AssertionError("onProgress is overridden");
            }

            @Override
            public void onProgress(PlanningProgress progress) {
                reports.add(progress); // an ArrayList: reports from two threads at once would break it
                threads.add(Thread.currentThread().getName());
            }
        }).build();

        SolverResult result = new JspritSolver(options).solve(scatteredCustomers());

        assertThat(threads).hasSize(2);
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i).iteration()).isGreaterThanOrEqualTo(reports.get(i - 1).iteration());
            assertThat(reports.get(i).bestCost()).isLessThanOrEqualTo(reports.get(i - 1).bestCost());
        }
        PlanningProgress last = reports.get(reports.size() - 1);
        assertThat(last.iteration()).isEqualTo(ITERATIONS);
        assertThat(last.bestCost()).isEqualTo(result.solution().getCost());
        assertThat(last.vehicles()).isEqualTo(result.solution().getRoutes().size());
        assertThat(result.iterations()).isEqualTo(2 * ITERATIONS);
    }

    private static double costOf(VehicleRoutingProblem problem, int threads, long seed) {
        return new JspritSolver(options(threads, seed)).solve(problem).solution().getCost();
    }

    private static PlanningOptions options(int threads, long seed) {
        return PlanningOptions.builder().maxIterations(ITERATIONS).timeBudget(Duration.ofMinutes(10))
                .threads(threads).randomSeed(seed).build();
    }

    /** 60 customers scattered over a square, wide time windows, vans of 10 loads: six routes at least. */
    private static VehicleRoutingProblem scatteredCustomers() {
        Random random = new Random(17);
        List<SolomonNode> customers = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            customers.add(new SolomonNode(i, random.nextInt(100), random.nextInt(100), 1, 0, 1000, 5));
        }
        SolomonNode depot = new SolomonNode(0, 50, 50, 0, 0, 1000, 0);
        return SolomonProblems.toProblem(new SolomonInstance("scattered", 12, 10, depot, customers),
                EliminationProblems.FIXED_COST);
    }
}
