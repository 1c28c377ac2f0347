package io.lastmilehub.planning;

import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.VehicleCosts;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.lastmilehub.planning.BerlinDay.BERGMANNSTRASSE;
import static io.lastmilehub.planning.BerlinDay.KOLLWITZPLATZ;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.van;
import static io.lastmilehub.planning.BerlinDay.window;
import static org.assertj.core.api.Assertions.assertThat;

class WaitingTimeCostTest {

    private final PlanningEngine engine = new PlanningEngine();

    @Test
    void whenWaitingWouldCostMoreThanAnotherVan_itShouldUseTheOtherVan() {
        VehicleCosts cheapFixed = BerlinDay.vanCosts().toBuilder().fixed(10).build();
        PlanningRequest request = PlanningRequest.builder().planId("p").tenant(BerlinDay.TENANT)
                .depot(BerlinDay.depot()).planningDate(BerlinDay.DATE).options(BerlinDay.FAST)
                .vehicle(van("van-1", 100).costs(cheapFixed).build())
                .vehicle(van("van-2", 100).costs(cheapFixed).build())
                .order(order("o-early", KOLLWITZPLATZ, 5).timeWindow(window(8, 0, 8, 30)).build())
                .order(order("o-late", BERGMANNSTRASSE, 5).timeWindow(window(15, 0, 16, 0)).build())
                .build();
        Plan plan = engine.plan(request);
        assertThat(plan.getRoutes()).hasSize(2);
        for (Route route : plan.getRoutes()) {
            assertThat(Duration.between(route.getStart(), route.getEnd())).isLessThan(Duration.ofHours(1));
        }
    }

    @Test
    void whenTheWaitCostsLessThanAnotherVan_itShouldWait() {
        VehicleCosts dearFixed = BerlinDay.vanCosts().toBuilder().fixed(500).build();
        PlanningRequest request = PlanningRequest.builder().planId("p").tenant(BerlinDay.TENANT)
                .depot(BerlinDay.depot()).planningDate(BerlinDay.DATE).options(BerlinDay.FAST)
                .vehicle(van("van-1", 100).costs(dearFixed).build())
                .vehicle(van("van-2", 100).costs(dearFixed).build())
                .order(order("o-early", KOLLWITZPLATZ, 5).timeWindow(window(8, 0, 8, 30)).build())
                .order(order("o-late", BERGMANNSTRASSE, 5).timeWindow(window(9, 30, 10, 0)).build())
                .build();
        Plan plan = engine.plan(request);
        assertThat(plan.getRoutes()).singleElement().satisfies(route -> assertThat(route.getStops()).hasSize(2));
    }
}
