package io.lastmilehub.planning;

import io.lastmilehub.model.Capacity;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Unassigned;
import io.lastmilehub.model.UnassignedReason;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.request;
import static io.lastmilehub.planning.BerlinDay.unassignedOf;
import static org.assertj.core.api.Assertions.assertThat;

class DeliveryModeTest {

    @Test
    void everyModeShouldHaveItsLimits() {
        assertThat(Arrays.stream(VehicleType.values()).map(DeliveryMode::of)).hasSize(VehicleType.values().length);
        assertThat(DeliveryMode.of(VehicleType.MULTIROTOR_DRONE)).satisfies(drone -> {
            assertThat(drone.backToBase()).isTrue();
            assertThat(drone.crewed()).isFalse();
            assertThat(drone.payloadKg()).isPositive();
            assertThat(drone.rangeKm()).isPositive();
        });
        assertThat(DeliveryMode.of(VehicleType.VAN).crewed()).isTrue();
        assertThat(DeliveryMode.of(VehicleType.AUTONOMOUS_VAN).crewed()).isFalse();
        assertThat(DeliveryMode.of(VehicleType.DELIVERY_ROBOT).backToBase()).isFalse();
    }

    @Test
    void whenACargoBikeStatesNoPayload_theModesPayloadShouldLimitIt() {
        Vehicle bike = Vehicle.builder().id("bike-1").type(VehicleType.CARGO_BIKE).depotId("BER-1")
                .capacity(Capacity.builder().parcels(40).build()).shift(BerlinDay.shift(8, 18)).build();
        PlanningRequest request = request(List.of(bike), List.of(order("o-fridge", ALEXANDERPLATZ, 200).build(),
                order("o-box", ALEXANDERPLATZ, 20).build())).build();

        Plan plan = new PlanningEngine().plan(request);

        Unassigned fridge = unassignedOf(plan, "o-fridge");
        assertThat(fridge.getReasonCode()).isEqualTo(UnassignedReason.OVER_CAPACITY);
        assertThat(fridge.getReason()).contains("weight (largest 150 kg)");
        assertThat(plan.getUnassigned()).hasSize(1);
    }

    @Test
    void whenARobotStatesItsOwnRange_itShouldWinOverTheModes() {
        Vehicle robot = Vehicle.builder().id("robot-1").type(VehicleType.DELIVERY_ROBOT).depotId("BER-1")
                .capacity(Capacity.builder().build()).rangeKm(20).shift(BerlinDay.shift(8, 18)).build();
        PlanningRequest request = request(List.of(robot), List.of(order("o-1", ALEXANDERPLATZ, 5).build()))
                .build();

        Plan plan = new PlanningEngine().plan(request);

        assertThat(plan.getUnassigned()).as("8 km default would be too short for 12.9 km there and back").isEmpty();
        assertThat(new PlanningEngine().plan(request(List.of(robot.toBuilder().rangeKm(0).build()),
                request.orders()).build()).getUnassigned()).extracting(Unassigned::getReasonCode)
                .containsExactly(UnassignedReason.OUT_OF_RANGE);
    }
}
