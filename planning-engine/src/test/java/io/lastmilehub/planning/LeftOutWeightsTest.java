package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LeftOutWeightsTest {

    private final VehicleRoutingProblem problem = EliminationProblems.fourCustomersThreeVans();
    private final PlanObjective objective = new PlanObjective(problem);
    private final LeftOutWeights weights = new LeftOutWeights(objective);

    @Test
    void whenAJobStaysOut_leavingItOutShouldGetDearerThanLeavingOutAFreshOne() {
        Job stubborn = problem.getJobs().get("1");
        Job fresh = problem.getJobs().get("2");
        List<VehicleRoutingProblemSolution> current = List.of(leavingOut(stubborn));
        for (int i = 1; i <= 10; i++) {
            weights.informIterationEnds(i, null, current);
        }

        double stubbornOut = weights.getCosts(leavingOut(stubborn));
        double freshOut = weights.getCosts(leavingOut(fresh));

        assertThat(freshOut).isEqualTo(objective.getCosts(leavingOut(fresh)));
        assertThat(stubbornOut - freshOut).isCloseTo(10 * LeftOutWeights.STEP * objective.penaltyOf(stubborn),
                within(1e-6));
    }

    private static VehicleRoutingProblemSolution leavingOut(Job job) {
        List<Job> out = new ArrayList<>(List.of(job));
        return new VehicleRoutingProblemSolution(new ArrayList<>(), out, 0);
    }
}
