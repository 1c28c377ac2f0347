package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.util.Solutions;
import io.lastmilehub.planning.solomon.RandomInstances;
import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;
import io.lastmilehub.planning.solomon.SolomonProblems;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class VehicleMinimisingSearchTest {

    private static final int ITERATIONS = 60;
    private static final int LARGE_ITERATIONS = 150;

    @Test
    void whenNoVehicleCanBeSaved_theSearchShouldKeepEveryJobPlannedAndReportEveryIteration() {
        searchKeepsEveryJobAndReportsEveryIteration(false);
    }

    @Test
    void whenNoVehicleCanBeSavedWithTheEjectionPool_theSearchShouldKeepEveryJobPlannedAndReportEveryIteration() {
        searchKeepsEveryJobAndReportsEveryIteration(true);
    }

    /**
     * From 500 jobs the phases run on the cheaper set-up; the pool must still save a vehicle there that the first
     * phase, given the whole budget, keeps (windows of 40 to 80: 22 routes after the first phase alone, one fewer
     * with the pool; on the 1,000-customer benchmark instances at 300 s it saved up to two a problem).
     */
    @Test
    void whenTheProblemIsLarge_thePoolShouldSaveVehiclesThatTheFirstPhaseAloneKeeps() {
        VehicleRoutingProblem problem = SolomonProblems.toProblem(RandomInstances.square(500, 40),
                EliminationProblems.FIXED_COST);
        PlanningOptions options = PlanningOptions.builder().maxIterations(LARGE_ITERATIONS).ejectionPool(true)
                .timeBudget(Duration.ofMinutes(10)).randomSeed(4711L).build();
        PhaseAlgorithms algorithms = new PhaseAlgorithms(problem, List.of(), 1);
        assertThat(algorithms.isLarge()).isTrue();

        SolverResult searched = new JspritSolver(options).solve(problem);
        VehicleRoutingProblemSolution firstPhaseOnly = Solutions.bestOf(algorithms.create(
                PhaseBudget.startingNow(LARGE_ITERATIONS, options.timeBudget().toMillis()), 4711L, Optional.empty(),
                Optional.empty()).searchSolutions());

        assertThat(searched.solution().getUnassignedJobs()).isEmpty();
        assertThat(searched.solution().getRoutes().size()).isLessThan(firstPhaseOnly.getRoutes().size());
    }

    private static void searchKeepsEveryJobAndReportsEveryIteration(boolean ejectionPool) {
        List<Integer> iterations = new ArrayList<>();
        List<Double> bestCosts = new ArrayList<>();
        PlanningOptions options = PlanningOptions.builder().maxIterations(ITERATIONS).ejectionPool(ejectionPool)
                .progressListener((iteration, best) -> {
                    iterations.add(iteration);
                    bestCosts.add(best);
                }).build();

        SolverResult result = new JspritSolver(options).solve(twoLoadsThatDoNotShareAVan());

        assertThat(result.solution().getUnassignedJobs()).isEmpty();
        assertThat(result.solution().getRoutes()).hasSize(2);
        assertThat(result.iterations()).isEqualTo(ITERATIONS);
        assertThat(iterations).containsExactlyElementsOf(IntStream.rangeClosed(1, ITERATIONS).boxed().toList());
        assertThat(bestCosts.get(bestCosts.size() - 1)).isEqualTo(result.solution().getCost());
    }

    /**
     * Two customers of demand 6 and three vans of capacity 10: the route elimination phase tries to empty one of
     * the two routes and cannot; its partial solutions (one job left out) must not come back.
     */
    private static VehicleRoutingProblem twoLoadsThatDoNotShareAVan() {
        SolomonNode depot = new SolomonNode(0, 0, 0, 0, 0, 1000, 0);
        List<SolomonNode> customers = List.of(new SolomonNode(1, 10, 10, 6, 0, 1000, 1),
                new SolomonNode(2, -10, 10, 6, 0, 1000, 1));
        return SolomonProblems.toProblem(new SolomonInstance("two-loads", 3, 10, depot, customers),
                EliminationProblems.FIXED_COST);
    }
}
