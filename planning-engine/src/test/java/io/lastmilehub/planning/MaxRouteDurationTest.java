package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;
import io.lastmilehub.planning.solomon.SolomonProblems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MaxRouteDurationTest {

    private static final PlanningOptions OPTIONS = PlanningOptions.builder().maxIterations(200).build();

    /**
     * Four customers 10 away from the depot on the axes, two vehicles of fixed cost 100: one route through all takes
     * 62.4, two routes of two take 34.1 each.
     */
    private static VehicleRoutingProblem diamond() {
        SolomonNode depot = new SolomonNode(0, 0, 0, 0, 0, 1000, 0);
        List<SolomonNode> customers = List.of(new SolomonNode(1, 10, 0, 1, 0, 1000, 0),
                new SolomonNode(2, 0, 10, 1, 0, 1000, 0), new SolomonNode(3, -10, 0, 1, 0, 1000, 0),
                new SolomonNode(4, 0, -10, 1, 0, 1000, 0));
        return SolomonProblems.toProblem(new SolomonInstance("diamond", 2, 100, depot, customers), 100);
    }

    @Test
    void whenThereIsNoLimit_oneVehicleShouldServeAll() {
        SolverResult result = new JspritSolver(OPTIONS).solve(diamond());
        assertThat(result.solution().getRoutes()).hasSize(1);
    }

    @Test
    void whenOneRouteWouldTakeTooLong_itShouldSplitItAndKeepEachWithinTheLimit() {
        SolverResult result = new JspritSolver(OPTIONS).solve(diamond(), List.of(MaxRouteDuration.extension(
                Map.of("vehicle-1", 40.0, "vehicle-2", 40.0))));

        assertThat(result.solution().getUnassignedJobs()).isEmpty();
        assertThat(result.solution().getRoutes()).hasSize(2);
        for (VehicleRoute route : result.solution().getRoutes()) {
            assertThat(route.getEnd().getArrTime() - route.getStart().getEndTime()).isLessThanOrEqualTo(40.0);
        }
    }

    @Test
    void whenTheFirstWindowOpensLate_waitingBeforeItShouldNotCount() {
        SolomonNode depot = new SolomonNode(0, 0, 0, 0, 0, 1000, 0);
        SolomonInstance late = new SolomonInstance("late", 1, 100, depot,
                List.of(new SolomonNode(1, 10, 0, 1, 500, 600, 5)));
        SolverResult result = new JspritSolver(OPTIONS).solve(SolomonProblems.toProblem(late, 100),
                List.of(MaxRouteDuration.extension(Map.of("vehicle-1", 25.0))));
        assertThat(result.solution().getUnassignedJobs()).isEmpty();
    }

    @Test
    void whenEvenTheStopAloneTakesTooLong_itShouldStayUnassigned() {
        SolverResult result = new JspritSolver(OPTIONS).solve(diamond(), List.of(MaxRouteDuration.extension(
                Map.of("vehicle-1", 15.0, "vehicle-2", 15.0))));
        assertThat(result.solution().getRoutes()).isEmpty();
        assertThat(result.solution().getUnassignedJobs()).hasSize(4);
    }
}
