package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;
import io.lastmilehub.planning.solomon.SolomonProblems;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.lastmilehub.planning.EliminationProblems.routeOf;
import static org.assertj.core.api.Assertions.assertThat;

class EjectionScreenTest {

    private static final SolomonNode DEPOT = new SolomonNode(0, 0, 0, 0, 0, 1000, 0);

    @Test
    void whenTwoStopsShareOneNarrowWindow_itShouldLetTheNewOneInOnlyInPlaceOfTheOther() {
        // 2 and 3 are at one place, both to be served between 30 and 35 for 10 minutes: one van serves one of them
        VehicleRoutingProblem problem = problemOf(10, new SolomonNode(1, 10, 0, 1, 0, 1000, 1),
                new SolomonNode(2, 20, 0, 1, 30, 35, 10), new SolomonNode(3, 20, 0, 1, 30, 35, 10));
        VehicleRoute route = routeOf(problem, "vehicle-1", "1", "2");
        EjectionScreen screen = new EjectionScreen(problem, route, job(problem, "3"));

        assertThat(screen.mayTake(List.of())).as("nothing ejected").isFalse();
        assertThat(screen.mayTake(List.of(job(problem, "1")))).as("the stop before, whose ejection gains nothing")
                .isFalse();
        assertThat(screen.mayTake(List.of(job(problem, "2")))).as("the stop in the way").isTrue();
    }

    @Test
    void whenTheLoadIsTooHeavy_itShouldLetTheNewOneInOnlyWhereEnoughIsEjected() {
        VehicleRoutingProblem problem = problemOf(10, new SolomonNode(1, 10, 0, 6, 0, 1000, 1),
                new SolomonNode(2, 0, 10, 3, 0, 1000, 1), new SolomonNode(3, -10, 0, 4, 0, 1000, 1));
        VehicleRoute route = routeOf(problem, "vehicle-1", "1", "2");
        EjectionScreen screen = new EjectionScreen(problem, route, job(problem, "3"));

        assertThat(screen.mayTake(List.of())).as("6 + 3 + 4 in a van of 10").isFalse();
        assertThat(screen.mayTake(List.of(job(problem, "2")))).as("6 + 4").isTrue();
    }

    @Test
    void whenTheRouteAlreadyFailsTheScreen_itShouldLetEverythingThrough() {
        // stop 1 cannot be reached before its window closes: the screen's model does not match this route
        VehicleRoutingProblem problem = problemOf(10, new SolomonNode(1, 100, 0, 6, 0, 50, 1),
                new SolomonNode(2, -10, 0, 8, 0, 1000, 1));
        VehicleRoute route = routeOf(problem, "vehicle-1", "1");

        assertThat(new EjectionScreen(problem, route, job(problem, "2")).mayTake(List.of())).isTrue();
    }

    private static VehicleRoutingProblem problemOf(int capacity, SolomonNode... customers) {
        return SolomonProblems.toProblem(new SolomonInstance("screen", 2, capacity, DEPOT, List.of(customers)),
                EliminationProblems.FIXED_COST);
    }

    private static Job job(VehicleRoutingProblem problem, String id) {
        return problem.getJobs().get(id);
    }
}
