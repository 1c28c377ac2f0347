package io.lastmilehub.planning;

import io.lastmilehub.model.Capacity;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Shift;
import io.lastmilehub.model.TimeWindow;
import io.lastmilehub.model.Unassigned;
import io.lastmilehub.model.UnassignedReason;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleType;
import io.lastmilehub.planning.travel.GreatCircleTravelTimes;
import io.lastmilehub.planning.travel.TravelLeg;
import io.lastmilehub.planning.travel.TravelProfile;
import io.lastmilehub.planning.travel.TravelTimeProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.BERGMANNSTRASSE;
import static io.lastmilehub.planning.BerlinDay.KOLLWITZPLATZ;
import static io.lastmilehub.planning.BerlinDay.POTSDAM;
import static io.lastmilehub.planning.BerlinDay.SAVIGNYPLATZ;
import static io.lastmilehub.planning.BerlinDay.assertEveryOrderAccountedFor;
import static io.lastmilehub.planning.BerlinDay.at;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.unassignedOf;
import static io.lastmilehub.planning.BerlinDay.van;
import static io.lastmilehub.planning.BerlinDay.window;
import static org.assertj.core.api.Assertions.assertThat;

/** One case per reason an order can come back unassigned; each plan also has a plannable order. */
class UnassignedReasonTest {

    private final PlanningEngine engine = new PlanningEngine();

    @Test
    void whenTheShipToHasNoCoordinates_itShouldBeNoCoordinates() {
        DeliveryOrder noGeo = order("o-nogeo", ALEXANDERPLATZ, 5).shipTo(Party.builder().name("Somebody").build())
                .build();
        assertReason(plan(List.of(van("van-1", 100).build()), noGeo), "o-nogeo", UnassignedReason.NO_COORDINATES);
    }

    @Test
    void whenTheDepotHasNoVehicle_everyOrderShouldBeNoVehicle() {
        PlanningRequest request = request(List.of(), order("o-1", ALEXANDERPLATZ, 5).build());
        Plan plan = engine.plan(request);
        assertEveryOrderAccountedFor(request, plan);
        assertThat(plan.getRoutes()).isEmpty();
        assertThat(plan.getUnassigned()).extracting(Unassigned::getReasonCode)
                .containsExactly(UnassignedReason.NO_VEHICLE, UnassignedReason.NO_VEHICLE);
        assertThat(plan.getCost().getTotalCost()).isZero();
        assertThat(plan.getCost().getOrdersUnassigned()).isEqualTo(2);
    }

    @Test
    void whenTheRoadRouterFindsNoRoadToTheShipTo_itShouldBeNoRoadRouteAndTheOthersPlanned() {
        // Potsdam as an island: a road router's table has null for every pair with it, both ways
        TravelTimeProvider island = new TravelTimeProvider() {
            private final GreatCircleTravelTimes roads = new GreatCircleTravelTimes();

            @Override
            public TravelLeg leg(GeoPoint from, GeoPoint to, TravelProfile profile) {
                return from.equals(to) ? TravelLeg.ZERO : from.equals(POTSDAM) || to.equals(POTSDAM) ? null
                        : roads.leg(from, to, profile);
            }
        };
        PlanningRequest request = request(List.of(van("van-1", 100).build()), order("o-potsdam", POTSDAM, 5).build(),
                order("o-kollwitz", KOLLWITZPLATZ, 5).build());

        Plan plan = new PlanningEngine(island).plan(request);

        assertEveryOrderAccountedFor(request, plan);
        assertReason(plan, "o-potsdam", UnassignedReason.NO_ROAD_ROUTE);
        assertThat(unassignedOf(plan, "o-potsdam").getReason()).isEqualTo("the road router finds no road to the "
                + "ship-to from where any vehicle starts, or from there back to its depot");
        assertThat(plan.getUnassigned()).hasSize(1);
        assertThat(plan.getRoutes().get(0).getDistanceMeters()).isLessThan(100_000);
    }

    @Test
    void whenNoVehicleHasTheSkill_itShouldBeNoVehicleWithSkill() {
        Vehicle hazmat = van("van-hazmat", 100).skill("Hazardous-Goods").build();
        DeliveryOrder frozen = order("o-frozen", ALEXANDERPLATZ, 5).requiredSkill("cold-chain").build();
        DeliveryOrder acid = order("o-acid", KOLLWITZPLATZ, 5).requiredSkill(" hazardous-goods ").build();
        Plan plan = plan(List.of(hazmat), frozen, acid);
        assertReason(plan, "o-frozen", UnassignedReason.NO_VEHICLE_WITH_SKILL);
        assertThat(BerlinDay.stopOf(plan, "o-acid").getOrderId()).isEqualTo("o-acid");
    }

    @Test
    void whenTheOrderIsBiggerThanEveryVehicle_itShouldBeOverCapacity() {
        DeliveryOrder piano = order("o-piano", ALEXANDERPLATZ, 350).build();
        assertReason(plan(List.of(van("van-1", 100).build(), van("van-2", 300).build()), piano), "o-piano",
                UnassignedReason.OVER_CAPACITY);
    }

    @Test
    void whenOneVehicleLacksWeightAndTheOtherVolume_itShouldBeOverCapacity() {
        Vehicle light = van("van-light", 50).build();
        Vehicle small = van("van-small", 500).capacity(Capacity.builder().weightKg(500).volumeM3(0.01).build())
                .build();
        DeliveryOrder order = order("o-bulky", ALEXANDERPLATZ, 80).build();
        assertReason(plan(List.of(light, small), order), "o-bulky", UnassignedReason.OVER_CAPACITY);
    }

    @Test
    void whenAVehicleHasNoLimitInADimension_theOrderShouldFit() {
        Vehicle unlimited = van("van-1", 0).build();
        DeliveryOrder heavy = order("o-heavy", ALEXANDERPLATZ, 5000).build();
        Plan plan = plan(List.of(unlimited), heavy);
        assertThat(plan.getUnassigned()).extracting(Unassigned::getOrderId).doesNotContain("o-heavy");
    }

    @Test
    void whenNoWindowMeetsAShift_itShouldBeOutsideTimeWindows() {
        DeliveryOrder evening = order("o-evening", ALEXANDERPLATZ, 5).timeWindow(window(20, 0, 22, 0)).build();
        assertReason(plan(List.of(van("van-1", 100).build()), evening), "o-evening",
                UnassignedReason.OUTSIDE_TIME_WINDOWS);
    }

    @Test
    void whenEveryWindowEndsBeforeThePlanningDay_itShouldBeOutsideTimeWindows() {
        TimeWindow yesterday = TimeWindow.builder().start(at(9, 0).minus(Duration.ofDays(1)))
                .end(at(12, 0).minus(Duration.ofDays(1))).build();
        DeliveryOrder late = order("o-yesterday", ALEXANDERPLATZ, 5).timeWindow(yesterday).build();
        assertReason(plan(List.of(van("van-1", 100).build()), late), "o-yesterday",
                UnassignedReason.OUTSIDE_TIME_WINDOWS);
    }

    @Test
    void whenTheWindowClosesBeforeTheVanCanGetThere_itShouldBeOutsideTimeWindows() {
        DeliveryOrder early = order("o-early", POTSDAM, 5).timeWindow(window(8, 0, 8, 20)).build();
        assertReason(plan(List.of(van("van-1", 100).build()), early), "o-early",
                UnassignedReason.OUTSIDE_TIME_WINDOWS);
    }

    @Test
    void whenTheRoundTripIsLongerThanEveryRange_itShouldBeOutOfRange() {
        Vehicle bike = Vehicle.builder().id("bike-1").type(VehicleType.CARGO_BIKE).depotId("BER-1").rangeKm(40)
                .capacity(Capacity.builder().weightKg(150).build()).shift(BerlinDay.shift(8, 18)).build();
        DeliveryOrder potsdam = order("o-potsdam", POTSDAM, 5).build();
        assertReason(plan(List.of(bike), potsdam), "o-potsdam", UnassignedReason.OUT_OF_RANGE);
    }

    @Test
    void whenTheFleetIsFull_theSolverShouldReportCapacity() {
        DeliveryOrder first = order("o-first", ALEXANDERPLATZ, 60).build();
        DeliveryOrder second = order("o-second", KOLLWITZPLATZ, 60).build();
        Plan plan = plan(List.of(van("van-1", 100).build()), first, second);
        assertThat(plan.getUnassigned()).singleElement().satisfies(u -> {
            assertThat(u.getReasonCode()).isEqualTo(UnassignedReason.OVER_CAPACITY);
            assertThat(u.getReason()).startsWith("left out by the solver");
        });
    }

    @Test
    void whenTwoStopsShareATightWindowFarApart_theSolverShouldReportTimeWindows() {
        DeliveryOrder west = order("o-west", SAVIGNYPLATZ, 5).timeWindow(window(10, 0, 10, 5)).build();
        DeliveryOrder south = order("o-south", BERGMANNSTRASSE, 5).timeWindow(window(10, 0, 10, 5)).build();
        Plan plan = plan(List.of(van("van-1", 100).build()), west, south);
        assertThat(plan.getUnassigned()).singleElement().satisfies(u -> {
            assertThat(u.getReasonCode()).isEqualTo(UnassignedReason.OUTSIDE_TIME_WINDOWS);
            assertThat(u.getReason()).startsWith("left out by the solver");
        });
    }

    @Test
    void whenTheVanCanBeThereInItsShiftButNotBackBeforeItEnds_itShouldBeShiftTooShort() {
        DeliveryOrder late = order("o-late", ALEXANDERPLATZ, 5).timeWindow(window(17, 55, 18, 30)).build();
        assertReason(plan(List.of(van("van-1", 100).build()), late), "o-late", UnassignedReason.SHIFT_TOO_SHORT);
    }

    @Test
    void whenTheTripAloneIsLongerThanTheMaximumRouteDuration_itShouldBeRouteTooLong() {
        Shift twentyMinutes = BerlinDay.shift(8, 18).toBuilder().maxRouteMinutes(20).build();
        DeliveryOrder far = order("o-far", SAVIGNYPLATZ, 5).build();
        Plan plan = engine.plan(request(List.of(van("van-1", 100).shift(twentyMinutes).build()), far));
        Unassigned unassigned = unassignedOf(plan, "o-far");
        assertThat(unassigned.getReasonCode()).isEqualTo(UnassignedReason.ROUTE_TOO_LONG);
        assertThat(unassigned.getReason()).contains("maximum route duration");
    }

    @Test
    void whenTwoStopsFitTheMaximumRouteDurationOnlyAlone_theSolverShouldReportRouteTooLong() {
        Shift thirtyFiveMinutes = BerlinDay.shift(8, 18).toBuilder().maxRouteMinutes(35).build();
        Plan plan = engine.plan(request(List.of(van("van-1", 100).shift(thirtyFiveMinutes).build()),
                order("o-kollwitz", KOLLWITZPLATZ, 5).build()));
        assertThat(plan.getUnassigned()).singleElement().satisfies(u -> {
            assertThat(u.getReasonCode()).isEqualTo(UnassignedReason.ROUTE_TOO_LONG);
            assertThat(u.getReason()).startsWith("left out by the solver");
        });
        assertThat(plan.getRoutes().get(0).getDurationSeconds()).isLessThanOrEqualTo(35 * 60);
    }

    @Test
    void whenJspritGivesNoKnownReason_itShouldBeNotSolved() {
        assertThat(SolverUnassignedReasons.toModel(-1)).isEqualTo(UnassignedReason.NOT_SOLVED);
        assertThat(SolverUnassignedReasons.toModel(99)).isEqualTo(UnassignedReason.NOT_SOLVED);
        assertThat(SolverUnassignedReasons.toModel(4)).isEqualTo(UnassignedReason.OUT_OF_RANGE);
        assertThat(SolverUnassignedReasons.toModel(SolverUnassignedReasons.ROUTE_TOO_LONG))
                .isEqualTo(UnassignedReason.ROUTE_TOO_LONG);
        assertThat(SolverUnassignedReasons.toModel(SolverUnassignedReasons.OVER_PAYLOAD))
                .isEqualTo(UnassignedReason.OVER_PAYLOAD);
    }

    private Plan plan(List<Vehicle> vehicles, DeliveryOrder... orders) {
        PlanningRequest request = request(vehicles, orders);
        Plan plan = engine.plan(request);
        assertEveryOrderAccountedFor(request, plan);
        return plan;
    }

    /** The given orders plus one easy order at Alexanderplatz. */
    private static PlanningRequest request(List<Vehicle> vehicles, DeliveryOrder... orders) {
        return PlanningRequest.builder().planId("p").tenant(BerlinDay.TENANT).depot(BerlinDay.depot())
                .planningDate(BerlinDay.DATE).vehicles(vehicles).orders(List.of(orders))
                .order(order("o-easy", ALEXANDERPLATZ, 1).build()).options(BerlinDay.FAST).build();
    }

    private static void assertReason(Plan plan, String orderId, UnassignedReason expected) {
        Unassigned unassigned = unassignedOf(plan, orderId);
        assertThat(unassigned.getReasonCode()).as(unassigned.getReason()).isEqualTo(expected);
        assertThat(unassigned.getReason()).isNotBlank();
        assertThat(plan.getUnassigned()).extracting(Unassigned::getOrderId).doesNotContain("o-easy");
    }
}
