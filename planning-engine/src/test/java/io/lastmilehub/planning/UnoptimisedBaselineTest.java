package io.lastmilehub.planning;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.BERGMANNSTRASSE;
import static io.lastmilehub.planning.BerlinDay.BOXHAGENER_PLATZ;
import static io.lastmilehub.planning.BerlinDay.HERMANNPLATZ;
import static io.lastmilehub.planning.BerlinDay.KOLLWITZPLATZ;
import static io.lastmilehub.planning.BerlinDay.SAVIGNYPLATZ;
import static io.lastmilehub.planning.BerlinDay.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Stop;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnoptimisedBaselineTest {

    /** Arrival order zig-zags across the city: west, north-east, south, east, west again, centre. */
    private static final List<DeliveryOrder> ZIG_ZAG = List.of(order("o-1", SAVIGNYPLATZ, 5).build(),
            order("o-2", BOXHAGENER_PLATZ, 5).build(), order("o-3", BERGMANNSTRASSE, 5).build(),
            order("o-4", KOLLWITZPLATZ, 5).build(), order("o-5", HERMANNPLATZ, 5).build(),
            order("o-6", ALEXANDERPLATZ, 5).build());

    @Test
    void ordersArrivingInACrossTownOrderShouldShowWhatOptimisationSaved() {
        CostSummary cost = plan(ZIG_ZAG).getCost();

        assertThat(cost.getUnoptimisedDistanceMeters()).isGreaterThan(cost.getDistanceMeters() * 1.2);
        assertThat(cost.getUnoptimisedDrivingSeconds()).isGreaterThan(cost.getDrivingSeconds());
        assertThat(cost.getDrivingSeconds()).isPositive().isLessThanOrEqualTo(cost.getDurationSeconds());
    }

    @Test
    void ordersArrivingInTheOrderThePlanDrivesThemShouldSaveNothing() {
        Plan optimised = plan(ZIG_ZAG);
        Map<String, DeliveryOrder> byId = ZIG_ZAG.stream()
                .collect(Collectors.toMap(DeliveryOrder::getId, Function.identity()));
        List<DeliveryOrder> asDriven = optimised.getRoutes().get(0).getStops().stream()
                .sorted(Comparator.comparingInt(Stop::getSequence)).map(Stop::getOrderId).map(byId::get).toList();

        CostSummary cost = plan(asDriven).getCost();

        assertThat(cost.getUnoptimisedDistanceMeters()).isCloseTo(cost.getDistanceMeters(), within(1.0));
        assertThat(cost.getUnoptimisedDrivingSeconds()).isCloseTo(cost.getDrivingSeconds(), within(1L));
    }

    /** One van, so that the baseline and the plan differ only in the sequence. */
    private static Plan plan(List<DeliveryOrder> orders) {
        PlanningRequest request = PlanningRequest.builder().planId("p").tenant(BerlinDay.TENANT)
                .depot(BerlinDay.depot()).planningDate(BerlinDay.DATE).vehicle(BerlinDay.van("van-1", 500).build())
                .orders(orders).options(BerlinDay.FAST).build();
        Plan plan = new PlanningEngine().plan(request);
        assertThat(plan.getUnassigned()).isEmpty();
        assertThat(plan.getRoutes()).hasSize(1);
        return plan;
    }
}
