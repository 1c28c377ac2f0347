package io.lastmilehub.planning;

import io.lastmilehub.model.Capacity;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.UnassignedReason;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.KOLLWITZPLATZ;
import static io.lastmilehub.planning.BerlinDay.SAVIGNYPLATZ;
import static io.lastmilehub.planning.BerlinDay.WESTHAFEN;
import static io.lastmilehub.planning.BerlinDay.assertEveryOrderAccountedFor;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.request;
import static io.lastmilehub.planning.BerlinDay.routeOf;
import static io.lastmilehub.planning.BerlinDay.unassignedOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PerTripPayloadTest {

    static Vehicle drone() {
        return Vehicle.builder().id("drone-1").type(VehicleType.MULTIROTOR_DRONE).depotId("BER-1")
                .capacity(Capacity.builder().build()).shift(BerlinDay.shift(8, 18)).build();
    }

    @Test
    void whenEachOrderFitsOneTrip_theDroneShouldServeAllOfThemThoughTheirSumIsOverItsPayload() {
        List<DeliveryOrder> orders = List.of(order("o-1", ALEXANDERPLATZ, 2).build(),
                order("o-2", KOLLWITZPLATZ, 2).build(), order("o-3", SAVIGNYPLATZ, 2).build());
        PlanningRequest request = request(List.of(drone()), orders).build();

        Plan plan = new PlanningEngine().plan(request);

        assertEveryOrderAccountedFor(request, plan);
        assertThat(plan.getUnassigned()).isEmpty();
        Route route = routeOf(plan, "drone-1");
        assertThat(route.getStops()).hasSize(3);
        double roundTrips = 2 * (WESTHAFEN.distanceMetersTo(ALEXANDERPLATZ) + WESTHAFEN.distanceMetersTo(KOLLWITZPLATZ)
                + WESTHAFEN.distanceMetersTo(SAVIGNYPLATZ));
        assertThat(route.getDistanceMeters()).as("back to base after every stop").isCloseTo(roundTrips,
                within(1.0));
    }

    @Test
    void whenAnOrderIsHeavierThanOneTrip_itShouldBeOverPayload() {
        PlanningRequest request = request(List.of(drone()), List.of(order("o-heavy", ALEXANDERPLATZ, 3).build()))
                .build();

        Plan plan = new PlanningEngine().plan(request);

        assertThat(unassignedOf(plan, "o-heavy").getReasonCode()).isEqualTo(UnassignedReason.OVER_PAYLOAD);
    }

    @Test
    void whenTheRuleIsAsked_itShouldRefuseOnlyJobsOverThePayloadOfTheirVehicle() {
        com.graphhopper.jsprit.core.problem.Capacity payload = com.graphhopper.jsprit.core.problem.Capacity.Builder
                .newInstance().addDimension(0, 2500).build();
        PerTripPayload rule = new PerTripPayload(java.util.Map.of("drone-1", payload));

        assertThat(rule.fulfilled(JspritFixtures.insertion("drone-1", 2500))).isTrue();
        assertThat(rule.fulfilled(JspritFixtures.insertion("drone-1", 2501))).isFalse();
        assertThat(rule.fulfilled(JspritFixtures.insertion("van-1", 900_000))).isTrue();
    }
}
