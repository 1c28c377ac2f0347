package io.lastmilehub.planning.travel;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MatrixTransportCostsTest {

    private static final TravelMatrix FAST = TravelMatrix.compute(2, (from, to) -> new TravelLeg(1000, 100));
    private static final TravelMatrix SLOW = TravelMatrix.compute(2, (from, to) -> new TravelLeg(1000, 400));
    private static final Location A = Location.newInstance(0);
    private static final Location B = Location.newInstance(1);

    private final MatrixTransportCosts costs = MatrixTransportCosts.builder().addMatrix("fast", FAST)
            .addMatrix("slow", SLOW).defaultProfile("fast").costWithoutVehicle(0.002, 0.01).build();

    @Test
    void whenAVehicleAsks_itShouldReadItsProfilesMatrixAndPriceItWithItsRates() {
        Vehicle slow = vehicle("slow", 0.001, 0.5);
        assertThat(costs.getDistance(A, B, 0, slow)).isEqualTo(1000);
        assertThat(costs.getTransportTime(A, B, 0, null, slow)).isEqualTo(400);
        assertThat(costs.getTransportCost(A, B, 0, null, slow)).isEqualTo(0.001 * 1000 + 0.5 * 400);
        assertThat(costs.getBackwardTransportTime(B, A, 0, null, slow)).isEqualTo(400);
        assertThat(costs.getTransportTime(A, A, 0, null, slow)).isZero();
    }

    @Test
    void whenAskedWithoutVehicle_itShouldUseTheDefaultMatrixAndRates() {
        assertThat(costs.getTransportTime(A, B, 0, null, null)).isEqualTo(100);
        assertThat(costs.getTransportCost(A, B, 0, null, null)).isEqualTo(0.002 * 1000 + 0.01 * 100);
    }

    @Test
    void whenProfilesDriveInTheirOwnTimeSlices_eachVehicleShouldBeTimedByItsOwn() {
        // the slow profile's service knows a jam from 08:00 on: the trip takes 800 s then
        TimeDependentTravel jamFrom8 = new SlicedTravel(new double[] {8 * 3600}, List.of(SLOW,
                TravelMatrix.compute(2, (from, to) -> new TravelLeg(1000, 800))));
        MatrixTransportCosts sliced = MatrixTransportCosts.builder().addMatrix("fast", FAST)
                .addMatrix("slow", SLOW, jamFrom8).build();
        Vehicle slow = vehicle("slow", 0.001, 0.5);

        assertThat(sliced.getTransportTime(A, B, 7 * 3600, null, slow)).isEqualTo(400);
        assertThat(sliced.getTransportTime(A, B, 8 * 3600, null, slow)).isEqualTo(800);
        assertThat(sliced.getTransportCost(A, B, 8 * 3600, null, slow)).isEqualTo(0.001 * 1000 + 0.5 * 800);
        assertThat(sliced.getTransportTime(A, B, 8 * 3600, null, vehicle("fast", 0.001, 0.5))).isEqualTo(100);
        assertThat(sliced.getTransportTime(A, B, 8 * 3600, null, null)).isEqualTo(100);
    }

    @Test
    void whenALocationHasNoIndex_itShouldFail() {
        assertThatIllegalStateException().isThrownBy(() -> costs.getDistance(Location.newInstance("x"), B, 0, null));
    }

    @Test
    void whenMatricesDoNotFit_itShouldNotBuild() {
        TravelMatrix three = TravelMatrix.compute(3, (from, to) -> TravelLeg.ZERO);
        assertThatIllegalArgumentException().isThrownBy(() -> MatrixTransportCosts.builder().build());
        assertThatIllegalArgumentException().isThrownBy(() -> MatrixTransportCosts.builder().addMatrix("a", FAST)
                .addMatrix("b", three).build()).withMessageContaining("3 locations");
        assertThatIllegalArgumentException().isThrownBy(() -> MatrixTransportCosts.builder().addMatrix("a", FAST)
                .defaultProfile("b").build());
    }

    private static Vehicle vehicle(String profile, double perMeter, double perSecond) {
        return VehicleImpl.Builder.newInstance("v-" + profile).setStartLocation(A)
                .setType(VehicleTypeImpl.Builder.newInstance(profile).setProfile(profile)
                        .setCostPerDistance(perMeter).setCostPerTransportTime(perSecond).build()).build();
    }
}
