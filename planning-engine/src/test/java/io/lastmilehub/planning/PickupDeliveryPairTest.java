package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.OrderType;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;
import io.lastmilehub.model.UnassignedReason;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.lastmilehub.planning.BerlinDay.BOXHAGENER_PLATZ;
import static io.lastmilehub.planning.BerlinDay.SAVIGNYPLATZ;
import static io.lastmilehub.planning.BerlinDay.assertEveryOrderAccountedFor;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.request;
import static io.lastmilehub.planning.BerlinDay.routeOf;
import static io.lastmilehub.planning.BerlinDay.unassignedOf;
import static io.lastmilehub.planning.BerlinDay.window;
import static org.assertj.core.api.Assertions.assertThat;

class PickupDeliveryPairTest {

    /** A return collected from a customer at Savignyplatz and taken to the merchant's store at Boxhagener Platz. */
    private static DeliveryOrder.DeliveryOrderBuilder customerReturn(double weightKg) {
        return order("o-return", BOXHAGENER_PLATZ, weightKg).type(OrderType.RETURN)
                .pickupFrom(Party.builder().name("Customer").location(SAVIGNYPLATZ).build())
                .pickupTimeWindow(window(13, 0, 14, 0)).timeWindow(window(9, 0, 17, 0));
    }

    @Test
    void whenAnOrderHasAPickupAddress_itShouldBePickedUpThereThenDeliveredOnTheSameRoute() {
        PlanningRequest request = request(List.of(BerlinDay.van("van-1", 500).build()),
                List.of(customerReturn(20).build())).build();

        Plan plan = new PlanningEngine().plan(request);

        assertEveryOrderAccountedFor(request, plan);
        Route route = routeOf(plan, "van-1");
        assertThat(route.getStops()).extracting(Stop::getOrderId).containsExactly("o-return", "o-return");
        assertThat(route.getStops()).extracting(Stop::getType).containsExactly(StopType.PICKUP, StopType.DELIVERY);
        assertThat(route.getStops()).extracting(Stop::getLocation).containsExactly(SAVIGNYPLATZ, BOXHAGENER_PLATZ);
        assertThat(route.getStops().get(0).getEta()).isBefore(BerlinDay.at(14, 0));
        assertThat(route.getStops().get(1).getEta()).isAfter(BerlinDay.at(13, 0));
        assertThat(plan.getCost().getOrdersPlanned()).isEqualTo(1);
    }

    @Test
    void whenThePairAndADeliveryOutweighTheVan_bothShouldFitBecauseTheDeliveryIsDoneBeforeThePickup() {
        DeliveryOrder morning = order("o-morning", BOXHAGENER_PLATZ, 400).timeWindow(window(9, 0, 10, 0)).build();
        PlanningRequest request = request(List.of(BerlinDay.van("van-1", 450).build()),
                List.of(customerReturn(100).build(), morning)).build();

        Plan plan = new PlanningEngine().plan(request);

        assertThat(plan.getUnassigned()).isEmpty();
        assertThat(routeOf(plan, "van-1").getStops()).extracting(Stop::getOrderId)
                .containsExactly("o-morning", "o-return", "o-return");
    }

    @Test
    void whenThePickupAddressHasNoCoordinates_itShouldBeNoCoordinates() {
        DeliveryOrder unknown = customerReturn(20).pickupFrom(Party.builder().name("Customer").build()).build();
        PlanningRequest request = request(List.of(BerlinDay.van("van-1", 500).build()), List.of(unknown)).build();

        Plan plan = new PlanningEngine().plan(request);

        assertThat(unassignedOf(plan, "o-return").getReasonCode()).isEqualTo(UnassignedReason.NO_COORDINATES);
        assertThat(unassignedOf(plan, "o-return").getReason()).contains("pickup");
    }
}
