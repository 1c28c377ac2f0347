package io.lastmilehub.planning;

import io.lastmilehub.model.Capacity;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Driver;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Shift;
import io.lastmilehub.model.UnassignedReason;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleType;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.request;
import static io.lastmilehub.planning.BerlinDay.routeOf;
import static io.lastmilehub.planning.BerlinDay.unassignedOf;
import static org.assertj.core.api.Assertions.assertThat;

class DriverAssignmentTest {

    private static final DeliveryOrder WINE = order("o-wine", ALEXANDERPLATZ, 5).requiredSkill("Age-Check").build();
    private static final Driver ANA = Driver.builder().id("drv-ana").vehicleId("van-1").skill("age-check").build();

    @Test
    void whenTheDriverHasTheSkillTheVanLacks_theVanShouldServeTheOrderWithThatDriver() {
        PlanningRequest request = request(List.of(BerlinDay.van("van-1", 500).build()), List.of(WINE)).driver(ANA)
                .build();

        Plan plan = new PlanningEngine().plan(request);

        Route route = routeOf(plan, "van-1");
        assertThat(route.getDriverId()).isEqualTo("drv-ana");
        assertThat(route.getStops()).singleElement().extracting("orderId").isEqualTo("o-wine");
    }

    @Test
    void whenNoDriverBringsTheSkill_itShouldBeNoVehicleWithSkill() {
        PlanningRequest request = request(List.of(BerlinDay.van("van-1", 500).build()), List.of(WINE)).build();

        Plan plan = new PlanningEngine().plan(request);

        assertThat(unassignedOf(plan, "o-wine").getReasonCode()).isEqualTo(UnassignedReason.NO_VEHICLE_WITH_SKILL);
    }

    @Test
    void whenTheVehicleIsUncrewed_itsAssignedDriversSkillsShouldNotCount() {
        Vehicle robot = Vehicle.builder().id("van-1").type(VehicleType.DELIVERY_ROBOT).depotId("BER-1")
                .capacity(Capacity.builder().build()).shift(BerlinDay.shift(8, 18)).build();
        PlanningRequest request = request(List.of(robot), List.of(WINE)).driver(ANA).build();

        Plan plan = new PlanningEngine().plan(request);

        assertThat(unassignedOf(plan, "o-wine").getReasonCode()).isEqualTo(UnassignedReason.NO_VEHICLE_WITH_SKILL);
    }

    @Test
    void whenTheDriverStartsLaterThanTheVehicle_theRouteShouldStartNoEarlierThanTheDriver() {
        Driver late = ANA.toBuilder().shift(Shift.builder().start(LocalTime.of(13, 0)).end(LocalTime.of(20, 0))
                .build()).build();
        PlanningRequest request = request(List.of(BerlinDay.van("van-1", 500).build()), List.of(WINE)).driver(late)
                .build();

        Plan plan = new PlanningEngine().plan(request);

        assertThat(routeOf(plan, "van-1").getStart()).isAfterOrEqualTo(BerlinDay.at(13, 0));
        assertThat(routeOf(plan, "van-1").getEnd()).isBeforeOrEqualTo(BerlinDay.at(18, 0));
    }

    @Test
    void whenTwoDriversNameAVehicleOfAnotherDepot_theDepotShouldStillBePlanned() {
        Driver first = Driver.builder().id("drv-1").vehicleId("van-elsewhere").build();
        Driver second = Driver.builder().id("drv-2").vehicleId("van-elsewhere").build();
        PlanningRequest request = request(List.of(BerlinDay.van("van-1", 500).build()), List.of(WINE)).driver(ANA)
                .driver(first).driver(second).build();

        Plan plan = new PlanningEngine().plan(request);

        assertThat(routeOf(plan, "van-1").getDriverId()).isEqualTo("drv-ana");
    }
}
