package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.lastmilehub.planning.EliminationProblems.routeOf;
import static org.assertj.core.api.Assertions.assertThat;

class EjectionPoolRouteMinimiserTest {

    private static final int STEPS = 1000;

    @Test
    void whenTheSmallestRouteCanOnlyBeEmptiedByEjections_itShouldSaveItsVehicle() {
        VehicleRoutingProblem problem = EliminationProblems.fiveLoadsForTwoVans();
        VehicleRoutingProblemSolution start = onThreeVans(problem);
        List<VehicleRoutingProblemSolution> told = new ArrayList<>();

        VehicleRoutingProblemSolution minimised = minimiser(problem).minimise(start, 1, told::add);

        assertThat(minimised.getRoutes()).hasSize(2);
        assertThat(minimised.getUnassignedJobs()).isEmpty();
        assertThat(minimised.getRoutes().stream().flatMap(route -> route.getTourActivities().getJobs().stream())
                .map(Job::getId)).containsExactlyInAnyOrder("1", "2", "3", "4", "5");
        assertThat(minimised.getCost()).isEqualTo(new PlanObjective(problem).getCosts(minimised))
                .isLessThan(start.getCost());
        assertThat(told).as("the best so far after every step").isNotEmpty().first().isSameAs(start);
    }

    @Test
    void whenNoFurtherRouteIsEmptiedForItsShareOfTheBudget_itShouldEndAndLeaveTheRestOfTheBudget() {
        VehicleRoutingProblem problem = EliminationProblems.fiveLoadsForTwoVans();
        List<VehicleRoutingProblemSolution> told = new ArrayList<>();

        // two vans are full: emptying a second route ejects loads back and forth, found only by the budget's end
        assertThat(minimiser(problem).minimise(onThreeVans(problem), 1, told::add).getRoutes()).hasSize(2);
        assertThat(told.size()).as("steps of a budget of %d", STEPS)
                .isLessThan((int) (STEPS * (EjectionPoolRouteMinimiser.STAGNATION_SHARE + 0.05)));
    }

    @Test
    void whenNoRouteCanBeEmptied_theSolutionShouldStayAsItWas() {
        VehicleRoutingProblem problem = EliminationProblems.fiveLoadsForTwoVans();
        VehicleRoutingProblemSolution start = solution(problem, routeOf(problem, "vehicle-1", "1", "4"),
                routeOf(problem, "vehicle-2", "2", "3", "5"));

        assertThat(minimiser(problem).minimise(start, 1, solution -> { })).isSameAs(start);
    }

    /** The five loads on three vans, the third with one load: two vans can take them all. */
    private static VehicleRoutingProblemSolution onThreeVans(VehicleRoutingProblem problem) {
        return solution(problem, routeOf(problem, "vehicle-1", "1", "2"), routeOf(problem, "vehicle-2", "3", "4"),
                routeOf(problem, "vehicle-3", "5"));
    }

    private static EjectionPoolRouteMinimiser minimiser(VehicleRoutingProblem problem) {
        return new PhaseAlgorithms(problem, List.of(), 1).routeMinimiser(PhaseBudget.startingNow(STEPS, 60_000), 1);
    }

    private static VehicleRoutingProblemSolution solution(VehicleRoutingProblem problem, VehicleRoute... routes) {
        VehicleRoutingProblemSolution solution = new VehicleRoutingProblemSolution(new ArrayList<>(List.of(routes)),
                new ArrayList<>(), 0);
        solution.setCost(new PlanObjective(problem).getCosts(solution));
        return solution;
    }
}
