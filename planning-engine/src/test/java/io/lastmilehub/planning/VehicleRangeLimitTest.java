package io.lastmilehub.planning;

import io.lastmilehub.model.Capacity;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleCosts;
import io.lastmilehub.model.VehicleType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.BERGMANNSTRASSE;
import static io.lastmilehub.planning.BerlinDay.BOXHAGENER_PLATZ;
import static io.lastmilehub.planning.BerlinDay.HERMANNPLATZ;
import static io.lastmilehub.planning.BerlinDay.KOLLWITZPLATZ;
import static io.lastmilehub.planning.BerlinDay.SAVIGNYPLATZ;
import static io.lastmilehub.planning.BerlinDay.assertEveryOrderAccountedFor;
import static io.lastmilehub.planning.BerlinDay.order;
import static org.assertj.core.api.Assertions.assertThat;

class VehicleRangeLimitTest {

    @Test
    void whenABikeCouldServeEachStopButNotAll_itsRouteShouldStayWithinRange() {
        VehicleCosts cheap = VehicleCosts.builder().perKm(0.05).perHour(1).build();
        Vehicle bike = Vehicle.builder().id("bike-1").type(VehicleType.CARGO_BIKE).depotId("BER-1").rangeKm(25)
                .capacity(Capacity.builder().weightKg(500).build()).costs(cheap).shift(BerlinDay.shift(8, 18)).build();
        Vehicle van = BerlinDay.van("van-1", 500).build();
        List<DeliveryOrder> orders = List.of(order("o-1", ALEXANDERPLATZ, 5).build(),
                order("o-2", KOLLWITZPLATZ, 5).build(), order("o-3", BERGMANNSTRASSE, 5).build(),
                order("o-4", SAVIGNYPLATZ, 5).build(), order("o-5", BOXHAGENER_PLATZ, 5).build(),
                order("o-6", HERMANNPLATZ, 5).build());
        PlanningRequest request = PlanningRequest.builder().planId("p").tenant(BerlinDay.TENANT)
                .depot(BerlinDay.depot()).planningDate(BerlinDay.DATE).vehicle(bike).vehicle(van).orders(orders)
                .options(BerlinDay.FAST).build();

        Plan plan = new PlanningEngine().plan(request);

        assertEveryOrderAccountedFor(request, plan);
        assertThat(plan.getUnassigned()).isEmpty();
        Route bikeRoute = plan.getRoutes().stream().filter(r -> r.getVehicleId().equals("bike-1")).findFirst()
                .orElseThrow();
        assertThat(bikeRoute.getStops()).isNotEmpty();
        assertThat(bikeRoute.getDistanceMeters()).isLessThanOrEqualTo(25_000);
        assertThat(plan.getRoutes()).hasSize(2);
    }
}
