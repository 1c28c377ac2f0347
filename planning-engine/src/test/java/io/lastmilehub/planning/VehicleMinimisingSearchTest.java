package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;
import io.lastmilehub.planning.solomon.SolomonProblems;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class VehicleMinimisingSearchTest {

    private static final int ITERATIONS = 60;

    @Test
    void whenNoVehicleCanBeSaved_theSearchShouldKeepEveryJobPlannedAndReportEveryIteration() {
        searchKeepsEveryJobAndReportsEveryIteration(false);
    }

    @Test
    void whenNoVehicleCanBeSavedWithTheEjectionPool_theSearchShouldKeepEveryJobPlannedAndReportEveryIteration() {
        searchKeepsEveryJobAndReportsEveryIteration(true);
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
