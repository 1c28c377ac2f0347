package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Stop;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.HERMANNPLATZ;
import static io.lastmilehub.planning.BerlinDay.KOLLWITZPLATZ;
import static io.lastmilehub.planning.BerlinDay.SAVIGNYPLATZ;
import static io.lastmilehub.planning.BerlinDay.assertEveryOrderAccountedFor;
import static io.lastmilehub.planning.BerlinDay.at;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.stopOf;
import static io.lastmilehub.planning.BerlinDay.van;
import static io.lastmilehub.planning.BerlinDay.window;
import static org.assertj.core.api.Assertions.assertThat;

class TimeWindowPlanningTest {

    private final PlanningEngine engine = new PlanningEngine();

    @Test
    void whenAnOrderHasSeveralWindows_itShouldBeServedInsideOneOfThem() {
        DeliveryOrder beforeShiftOrLate = order("o-two", ALEXANDERPLATZ, 5)
                .timeWindow(window(6, 0, 6, 30)).timeWindow(window(11, 0, 12, 0)).build();
        DeliveryOrder morningOrAfternoon = order("o-either", KOLLWITZPLATZ, 5)
                .timeWindow(window(9, 0, 9, 30)).timeWindow(window(14, 0, 15, 0)).build();
        DeliveryOrder overlapping = order("o-overlap", SAVIGNYPLATZ, 5)
                .timeWindow(window(10, 0, 11, 30)).timeWindow(window(11, 0, 12, 30))
                .timeWindow(window(10, 0, 11, 30)).build();
        PlanningRequest request = request(List.of(beforeShiftOrLate, morningOrAfternoon, overlapping));
        Plan plan = engine.plan(request);

        assertEveryOrderAccountedFor(request, plan);
        assertThat(plan.getUnassigned()).isEmpty();
        assertThat(serviceStart(stopOf(plan, "o-two"))).isBetween(at(11, 0), at(12, 0));
        assertThat(serviceStart(stopOf(plan, "o-either")))
                .satisfiesAnyOf(t -> assertThat(t).isBetween(at(9, 0), at(9, 30)),
                        t -> assertThat(t).isBetween(at(14, 0), at(15, 0)));
        assertThat(serviceStart(stopOf(plan, "o-overlap"))).isBetween(at(10, 0), at(12, 30));
    }

    @Test
    void whenOnlyTheSecondWindowCanBeReached_itShouldNotBeUnassigned() {
        DeliveryOrder order = order("o-late-only", HERMANNPLATZ, 5)
                .timeWindow(window(8, 0, 8, 5)).timeWindow(window(16, 0, 17, 0)).build();
        Plan plan = engine.plan(request(List.of(order)));
        assertThat(serviceStart(stopOf(plan, "o-late-only"))).isBetween(at(16, 0), at(17, 0));
    }

    private static Instant serviceStart(Stop stop) {
        return stop.getDeparture().minusSeconds(300);
    }

    private static PlanningRequest request(List<DeliveryOrder> orders) {
        return PlanningRequest.builder().planId("p").tenant(BerlinDay.TENANT).depot(BerlinDay.depot())
                .planningDate(BerlinDay.DATE).vehicle(van("van-1", 100).build()).orders(orders)
                .options(BerlinDay.FAST).build();
    }
}
