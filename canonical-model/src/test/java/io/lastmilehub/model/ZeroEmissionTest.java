package io.lastmilehub.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZeroEmissionTest {

    @Test
    void aVehicleThatSaysShouldBeTakenAtItsWord() {
        assertThat(vehicle(VehicleType.VAN, true).isZeroEmissionMode()).isTrue();
        assertThat(vehicle(VehicleType.CARGO_BIKE, false).isZeroEmissionMode()).isFalse();
    }

    @Test
    void aVehicleThatDoesNotSayShouldCountAsItsType() {
        assertThat(vehicle(VehicleType.VAN, null).isZeroEmissionMode()).isFalse();
        assertThat(vehicle(VehicleType.TRUCK, null).isZeroEmissionMode()).isFalse();
        assertThat(vehicle(VehicleType.AUTONOMOUS_VAN, null).isZeroEmissionMode()).isFalse();
        assertThat(vehicle(VehicleType.CARGO_BIKE, null).isZeroEmissionMode()).isTrue();
        assertThat(vehicle(VehicleType.E_SCOOTER, null).isZeroEmissionMode()).isTrue();
        assertThat(vehicle(VehicleType.MULTIROTOR_DRONE, null).isZeroEmissionMode()).isTrue();
        assertThat(vehicle(VehicleType.DELIVERY_ROBOT, null).isZeroEmissionMode()).isTrue();
    }

    @Test
    void whenAVehicleIsWrittenAsJson_itShouldReadBackWithoutTheDerivedFlag() throws Exception {
        Vehicle vehicle = Vehicle.builder().id("v").type(VehicleType.VAN).depotId("d").zeroEmission(true)
                .capacity(Capacity.builder().build()).build();

        String json = TestSerialization.toJson(vehicle);

        assertThat(json).doesNotContain("zeroEmissionMode");
        assertThat(TestSerialization.fromJson(json, Vehicle.class)).isEqualTo(vehicle);
    }

    private static Vehicle vehicle(VehicleType type, Boolean zeroEmission) {
        return Vehicle.builder().id("v").type(type).depotId("d").zeroEmission(zeroEmission).buildUnvalidated();
    }
}
