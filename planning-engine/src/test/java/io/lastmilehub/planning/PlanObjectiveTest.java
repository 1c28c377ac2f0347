package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.job.Job;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Priority;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.planning.travel.GreatCircleTravelTimes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.KOLLWITZPLATZ;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.van;
import static org.assertj.core.api.Assertions.assertThat;

class PlanObjectiveTest {

    @Test
    void whenVehiclesAreExpensive_itShouldStillPlanEveryOrder() {
        Vehicle dear = van("van-1", 500).costs(BerlinDay.vanCosts().toBuilder().fixed(5000).build()).build();
        PlanningRequest request = BerlinDay.fiveOrdersTwoVans().build();
        request = PlanningRequest.builder().planId("p").tenant(request.tenant()).depot(request.depot())
                .planningDate(request.planningDate()).orders(request.orders()).vehicle(dear)
                .options(BerlinDay.FAST).build();
        Plan plan = new PlanningEngine().plan(request);
        assertThat(plan.getUnassigned()).isEmpty();
    }

    @Test
    void whenOnlyOneOrderFits_theMoreUrgentOneShouldBePlanned() {
        PlanningRequest request = PlanningRequest.builder().planId("p").tenant(BerlinDay.TENANT)
                .depot(BerlinDay.depot()).planningDate(BerlinDay.DATE).vehicle(van("van-1", 100).build())
                .order(order("o-low", ALEXANDERPLATZ, 80).priority(Priority.LOW).build())
                .order(order("o-urgent", KOLLWITZPLATZ, 80).priority(Priority.URGENT).build())
                .options(BerlinDay.FAST).build();
        Plan plan = new PlanningEngine().plan(request);
        assertThat(BerlinDay.stopOf(plan, "o-urgent")).isNotNull();
        assertThat(BerlinDay.unassignedOf(plan, "o-low")).isNotNull();
    }

    @Test
    void leavingAJobOutShouldCostMoreThanAVehicleDayAndMoreTheHigherItsPriority() {
        PlanningRequest request = BerlinDay.fiveOrdersTwoVans().build();
        PlanningContext context = PlanningContext.prepare(request, new GreatCircleTravelTimes());
        TranslatedProblem translated = ProblemTranslator.translate(context, context.orders());
        PlanObjective objective = new PlanObjective(translated.problem());
        SolverResult result = new JspritSolver(BerlinDay.FAST).solve(translated.problem(), translated.extensions());

        List<Job> jobs = List.copyOf(translated.problem().getJobs().values());
        for (Job job : jobs) {
            assertThat(objective.penaltyOf(job)).isGreaterThan(result.solution().getCost());
        }
        assertThat(objective.getCosts(result.solution())).isEqualTo(result.solution().getCost());
    }
}
