package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.RushHour;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.TrafficZone;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.SAVIGNYPLATZ;
import static io.lastmilehub.planning.BerlinDay.depot;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.request;
import static io.lastmilehub.planning.BerlinDay.van;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning drives by the clock: with an hour of jams around one of two stops at the start of the shift, the van
 * serves the other one first and reaches the jammed one after the rush; the plan's leg times and the unoptimised
 * comparison meet the same rush hours.
 */
class RushHourPlanningTest {

    private final PlanningEngine engine = new PlanningEngine();

    /** The depot with an hour of jams, 08:00 to 09:00, within 1.5 km of a place. */
    private static Depot jammedAround(GeoPoint jammed) {
        TrafficZone jam = TrafficZone.builder().name("jam").center(jammed).radiusKm(1.5)
                .rushHour(RushHour.builder().from(LocalTime.of(8, 0)).to(LocalTime.of(9, 0)).factor(4).build())
                .build();
        return depot().toBuilder().trafficZone(jam).build();
    }

    /** Two one-hour deliveries, one van from 08:00: whichever stop is served first is driven to at 08:00. */
    private static PlanningRequest twoLongStops(Depot depot) {
        List<DeliveryOrder> orders = List.of(order("o-alex", ALEXANDERPLATZ, 10).serviceTimeSeconds(3600).build(),
                order("o-savigny", SAVIGNYPLATZ, 10).serviceTimeSeconds(3600).build());
        return request(List.of(van("van-1", 100).build()), orders).depot(depot).build();
    }

    private static List<String> sequence(Plan plan) {
        return plan.getRoutes().get(0).getStops().stream().map(Stop::getOrderId).toList();
    }

    @Test
    void whenOneStopIsJammedAtTheStartOfTheShift_theVanShouldServeTheOtherFirst() {
        assertThat(sequence(engine.plan(twoLongStops(jammedAround(ALEXANDERPLATZ)))))
                .containsExactly("o-savigny", "o-alex");
        assertThat(sequence(engine.plan(twoLongStops(jammedAround(SAVIGNYPLATZ)))))
                .containsExactly("o-alex", "o-savigny");
    }

    @Test
    void whenTheJamIsAvoided_thePlanShouldDriveAtFreeFlowAndTheUnoptimisedOrderShouldNot() {
        Plan avoiding = engine.plan(twoLongStops(jammedAround(ALEXANDERPLATZ)));
        Plan freeFlow = engine.plan(twoLongStops(depot()));

        assertThat(avoiding.getCost().getDrivingSeconds()).isEqualTo(freeFlow.getCost().getDrivingSeconds());
        // arrival order: Alexanderplatz first, driven to at 08:00 into the jam
        assertThat(avoiding.getCost().getUnoptimisedDrivingSeconds())
                .isGreaterThan(freeFlow.getCost().getUnoptimisedDrivingSeconds());
    }
}
