package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;
import io.lastmilehub.planning.solomon.SolomonProblems;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static io.lastmilehub.planning.EliminationProblems.routeOf;
import static org.assertj.core.api.Assertions.assertThat;

class EjectionPoolInsertionTest {

    private static final PhaseBudget AMPLE = PhaseBudget.startingNow(1000, 60_000);

    @Test
    void whenAJobFitsNowhere_itShouldEjectOthersUntilEveryJobHasAPlace() {
        VehicleRoutingProblem problem = EliminationProblems.fiveLoadsForTwoVans();
        List<VehicleRoute> routes = new ArrayList<>(List.of(routeOf(problem, "vehicle-1", "1", "2"),
                routeOf(problem, "vehicle-2", "3", "4")));

        Collection<Job> left = insertion(problem).insertJobs(routes, List.of(problem.getJobs().get("5")));

        assertThat(left).isEmpty();
        assertThat(routes).hasSize(2);
        assertThat(routes.stream().flatMap(route -> route.getTourActivities().getJobs().stream()).map(Job::getId))
                .containsExactlyInAnyOrder("1", "2", "3", "4", "5");
        assertThat(routes).allSatisfy(route -> assertThat(loadOf(route)).isLessThanOrEqualTo(10));
    }

    @Test
    void whenAJobFitsNowhereEvenAfterEjections_itShouldComeBackAndTheRoutesStayAsTheyWere() {
        VehicleRoutingProblem problem = withATooHeavyLoad();
        List<VehicleRoute> routes = new ArrayList<>(List.of(routeOf(problem, "vehicle-1", "1"),
                routeOf(problem, "vehicle-2", "2")));
        Job tooHeavy = problem.getJobs().get("3");

        Collection<Job> left = insertion(problem).insertJobs(routes, List.of(tooHeavy));

        assertThat(left).containsExactly(tooHeavy);
        assertThat(routes.stream().map(route -> route.getTourActivities().getJobs().stream().map(Job::getId)
                .toList())).containsExactly(List.of("1"), List.of("2"));
    }

    @Test
    void whenTheBudgetIsUsedUp_itShouldStopAndReturnThePool() {
        VehicleRoutingProblem problem = EliminationProblems.fiveLoadsForTwoVans();
        List<VehicleRoute> routes = new ArrayList<>(List.of(routeOf(problem, "vehicle-1", "1", "2"),
                routeOf(problem, "vehicle-2", "3", "4")));
        EjectionPoolInsertion insertion = new PhaseAlgorithms(problem, List.of(), 1)
                .ejectionPoolInsertion(PhaseBudget.startingNow(1, 60_000), 1);

        Collection<Job> left = insertion.insertJobs(routes, List.of(problem.getJobs().get("5")));

        assertThat(insertion.exhausted()).isTrue();
        assertThat(left).as("one step: the 4 goes in, one load comes out").hasSize(1);
    }

    private static EjectionPoolInsertion insertion(VehicleRoutingProblem problem) {
        return new PhaseAlgorithms(problem, List.of(), 1).ejectionPoolInsertion(AMPLE, 1);
    }

    private static int loadOf(VehicleRoute route) {
        return route.getTourActivities().getJobs().stream().mapToInt(job -> job.getSize().get(0)).sum();
    }

    /** Loads of 5 and 5 and one of 11, more than a van of capacity 10 takes. */
    private static VehicleRoutingProblem withATooHeavyLoad() {
        SolomonNode depot = new SolomonNode(0, 0, 0, 0, 0, 1000, 0);
        List<SolomonNode> customers = List.of(new SolomonNode(1, 10, 0, 5, 0, 1000, 1),
                new SolomonNode(2, 0, 10, 5, 0, 1000, 1), new SolomonNode(3, -10, 0, 11, 0, 1000, 1));
        return SolomonProblems.toProblem(new SolomonInstance("too-heavy", 3, 10, depot, customers),
                EliminationProblems.FIXED_COST);
    }
}
