package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import io.lastmilehub.model.Plan;
import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;
import io.lastmilehub.planning.solomon.SolomonProblems;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JspritSolverTest {

    @Test
    void whenSolving_itShouldReportEveryIterationWithAFallingBestCost() {
        List<int[]> calls = new ArrayList<>();
        List<Double> costs = new ArrayList<>();
        PlanningOptions options = PlanningOptions.builder().maxIterations(50).progressListener((iteration, best) -> {
            calls.add(new int[] {iteration});
            costs.add(best);
        }).build();

        SolverResult result = new JspritSolver(options).solve(square());

        assertThat(result.iterations()).isEqualTo(50);
        assertThat(calls).extracting(call -> call[0]).containsExactlyElementsOf(range(1, 50));
        for (int i = 1; i < costs.size(); i++) {
            assertThat(costs.get(i)).isLessThanOrEqualTo(costs.get(i - 1));
        }
        assertThat(costs.get(costs.size() - 1)).isEqualTo(result.solution().getCost());
        assertThat(result.unassigned()).isEmpty();
    }

    @Test
    void whenTheTimeBudgetRunsOut_itShouldStopBeforeTheIterationLimit() {
        PlanningOptions options = PlanningOptions.builder().maxIterations(1_000_000)
                .timeBudget(Duration.ofMillis(300)).build();
        SolverResult result = new JspritSolver(options).solve(square());
        assertThat(result.iterations()).isLessThan(1_000_000);
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void whenTheProgressListenerThrows_planningShouldGoOn() {
        PlanningOptions options = BerlinDay.FAST.toBuilder().progressListener((iteration, best) -> {
            throw new IllegalStateException("display is gone");
        }).build();
        PlanningRequest request = BerlinDay.fiveOrdersTwoVans().options(options).build();
        Plan plan = new PlanningEngine().plan(request);
        assertThat(plan.getCost().getOrdersPlanned()).isEqualTo(5);
    }

    @Test
    void whenPlanning_theEngineShouldReportProgressThroughTheRequestOptions() {
        List<Integer> iterations = new ArrayList<>();
        PlanningOptions options = BerlinDay.FAST.toBuilder().maxIterations(30)
                .progressListener((iteration, best) -> iterations.add(iteration)).build();
        new PlanningEngine().plan(BerlinDay.fiveOrdersTwoVans().options(options).build());
        assertThat(iterations).containsExactlyElementsOf(range(1, 30));
    }

    @Test
    void whenSolving_itShouldReportTheVehiclesAndUnassignedJobsOfTheBestSolutionSoFar() {
        List<PlanningProgress> reports = new ArrayList<>();
        PlanningProgressListener listener = new PlanningProgressListener() {
            @Override
            public void onIteration(int iteration, double bestCost) {
                throw new AssertionError("onProgress replaces onIteration here");
            }

            @Override
            public void onProgress(PlanningProgress progress) {
                reports.add(progress);
            }
        };
        PlanningOptions options = PlanningOptions.builder().maxIterations(20).progressListener(listener).build();

        SolverResult result = new JspritSolver(options).solve(square());

        PlanningProgress last = reports.get(reports.size() - 1);
        assertThat(last.iteration()).isEqualTo(20);
        assertThat(last.bestCost()).isEqualTo(result.solution().getCost());
        assertThat(last.vehicles()).isEqualTo(result.solution().getRoutes().size()).isPositive();
        assertThat(last.unassigned()).isZero();
    }

    /** Four customers on the corners of a square around the depot. */
    private static VehicleRoutingProblem square() {
        SolomonNode depot = new SolomonNode(0, 0, 0, 0, 0, 1000, 0);
        List<SolomonNode> customers = List.of(new SolomonNode(1, 10, 10, 1, 0, 1000, 1),
                new SolomonNode(2, -10, 10, 1, 0, 1000, 1), new SolomonNode(3, -10, -10, 1, 0, 1000, 1),
                new SolomonNode(4, 10, -10, 1, 0, 1000, 1));
        return SolomonProblems.toProblem(new SolomonInstance("square", 2, 10, depot, customers), 100);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> values = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            values.add(i);
        }
        return values;
    }
}
