package io.lastmilehub.planning;

import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Unassigned;
import io.lastmilehub.model.UnassignedReason;
import io.lastmilehub.planning.travel.GreatCircleTravelTimes;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlanAssemblerTest {

    @Test
    void whenTheSolverLosesOrders_theyShouldComeBackAsNotSolvedInRequestOrder() {
        PlanningRequest request = BerlinDay.fiveOrdersTwoVans().build();
        PlanningContext context = PlanningContext.prepare(request, new GreatCircleTravelTimes());
        Map<String, Unassigned> known = new HashMap<>();
        known.put("o-savigny", Unassigned.builder().orderId("o-savigny").reasonCode(UnassignedReason.NO_COORDINATES)
                .reason("test").build());

        Plan plan = new PlanAssembler(context, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).assemble(null, known);

        BerlinDay.assertEveryOrderAccountedFor(request, plan);
        assertThat(plan.getUnassigned()).extracting(Unassigned::getOrderId)
                .containsExactly("o-alex", "o-kollwitz", "o-bergmann", "o-savigny", "o-boxhagen");
        assertThat(plan.getUnassigned()).extracting(Unassigned::getReasonCode).containsExactly(
                UnassignedReason.NOT_SOLVED, UnassignedReason.NOT_SOLVED, UnassignedReason.NOT_SOLVED,
                UnassignedReason.NO_COORDINATES, UnassignedReason.NOT_SOLVED);
        assertThat(plan.getCost().getVehicles()).isZero();
        assertThat(plan.getCost().getOrdersUnassigned()).isEqualTo(5);
        assertThat(plan.getCreatedAt()).isEqualTo(Instant.EPOCH);
    }
}
