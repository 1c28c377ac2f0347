package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.TimeWindow;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleCosts;
import io.lastmilehub.planning.travel.GreatCircleTravelTimes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.BERGMANNSTRASSE;
import static io.lastmilehub.planning.BerlinDay.HERMANNPLATZ;
import static io.lastmilehub.planning.BerlinDay.KOLLWITZPLATZ;
import static io.lastmilehub.planning.BerlinDay.assertEveryOrderAccountedFor;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.request;
import static io.lastmilehub.planning.BerlinDay.routeOf;
import static io.lastmilehub.planning.BerlinDay.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MultiDepotTest {

    private static final GeoPoint TEMPELHOF = BerlinDay.point(52.4730, 13.4030);
    private static final Depot SOUTH = Depot.builder().id("BER-2").name("Tempelhof").location(TEMPELHOF)
            .zoneId(BerlinDay.ZONE.getId()).build();

    @Test
    void whenOneVanCannotDoItAll_eachDepotsVanShouldServeTheStopsNearItsDepotAndReturnThere() {
        VehicleCosts noFixedCost = BerlinDay.vanCosts().toBuilder().fixed(0).build();
        Vehicle north = BerlinDay.van("van-north", 500).costs(noFixedCost).build();
        Vehicle south = BerlinDay.van("van-south", 500).costs(noFixedCost).depotId("BER-2").build();
        TimeWindow nineOClock = window(9, 0, 9, 20);
        List<DeliveryOrder> orders = List.of(order("o-kollwitz", KOLLWITZPLATZ, 5).timeWindow(nineOClock).build(),
                order("o-alex", ALEXANDERPLATZ, 5).timeWindow(nineOClock).build(),
                order("o-hermann", HERMANNPLATZ, 5).timeWindow(nineOClock).build(),
                order("o-bergmann", BERGMANNSTRASSE, 5).timeWindow(nineOClock).depotId("BER-2").build());
        PlanningRequest request = request(List.of(north, south), orders).otherDepot(SOUTH).build();

        Plan plan = new PlanningEngine().plan(request);

        assertEveryOrderAccountedFor(request, plan);
        Route southRoute = routeOf(plan, "van-south");
        assertThat(southRoute.getDepotId()).isEqualTo("BER-2");
        assertThat(southRoute.getStops()).extracting(Stop::getOrderId)
                .containsExactlyInAnyOrder("o-hermann", "o-bergmann");
        assertThat(routeOf(plan, "van-north").getDepotId()).isEqualTo("BER-1");
        Stop first = southRoute.getStops().get(0);
        assertThat(first.getDistanceMeters()).as("leaves from its own depot").isCloseTo(
                TEMPELHOF.distanceMetersTo(first.getLocation()) * GreatCircleTravelTimes.DEFAULT_DETOUR_FACTOR,
                within(1.0));
    }

    @Test
    void whenAVehicleBelongsToNoDepotOfTheRequest_itShouldBeRefused() {
        Vehicle stray = BerlinDay.van("van-x", 500).depotId("HAM-1").build();

        assertThatThrownBy(() -> request(List.of(stray), List.of()).otherDepot(SOUTH).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HAM-1");
    }
}
