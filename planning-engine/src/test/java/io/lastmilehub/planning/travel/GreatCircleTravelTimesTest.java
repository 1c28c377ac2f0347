package io.lastmilehub.planning.travel;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.VehicleType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class GreatCircleTravelTimesTest {

    private static final GeoPoint PARIS = point(48.8566, 2.3522);
    private static final GeoPoint LONDON = point(51.5074, -0.1278);
    private static final GeoPoint BRANDENBURG_GATE = point(52.5163, 13.3777);
    private static final GeoPoint ALEXANDERPLATZ = point(52.5219, 13.4132);

    private final GreatCircleTravelTimes travel = new GreatCircleTravelTimes();

    @Test
    void whenMeasuringParisToLondon_itShouldGiveTheKnownGreatCircleDistance() {
        assertThat(PARIS.distanceMetersTo(LONDON)).isCloseTo(343_560, within(500.0));
        assertThat(PARIS.distanceMetersTo(LONDON))
                .isEqualTo(LONDON.distanceMetersTo(PARIS));
    }

    @Test
    void whenAVanDrives_itShouldTakeTheDetourAndTheVanSpeed() {
        double straight = BRANDENBURG_GATE.distanceMetersTo(ALEXANDERPLATZ);
        TravelLeg leg = travel.leg(BRANDENBURG_GATE, ALEXANDERPLATZ, TravelProfile.of(VehicleType.VAN));
        assertThat(straight).isCloseTo(2_470, within(30.0));
        assertThat(leg.distanceMeters()).isCloseTo(straight * 1.3, within(1e-9));
        assertThat(leg.durationSeconds()).isEqualTo(Math.round(straight * 1.3 / (30 / 3.6)));
    }

    @Test
    void whenAVehicleHasItsOwnSpeed_itShouldOverrideTheTypeDefault() {
        TravelLeg slow = travel.leg(BRANDENBURG_GATE, ALEXANDERPLATZ, new TravelProfile(VehicleType.VAN, 15));
        TravelLeg normal = travel.leg(BRANDENBURG_GATE, ALEXANDERPLATZ, TravelProfile.of(VehicleType.VAN));
        assertThat(slow.durationSeconds()).isCloseTo(2 * normal.durationSeconds(), within(1.0));
        assertThat(slow.distanceMeters()).isEqualTo(normal.distanceMeters());
    }

    @Test
    void whenADroneFlies_itShouldGoStraight() {
        TravelLeg leg = travel.leg(BRANDENBURG_GATE, ALEXANDERPLATZ, TravelProfile.of(VehicleType.MULTIROTOR_DRONE));
        assertThat(leg.distanceMeters())
                .isEqualTo(BRANDENBURG_GATE.distanceMetersTo(ALEXANDERPLATZ));
    }

    @Test
    void whenConfigured_itShouldUseTheGivenFactorAndSpeeds() {
        GreatCircleTravelTimes custom = new GreatCircleTravelTimes(1.5, Map.of(VehicleType.CARGO_BIKE, 10.0));
        TravelLeg leg = custom.leg(BRANDENBURG_GATE, ALEXANDERPLATZ, TravelProfile.of(VehicleType.CARGO_BIKE));
        double meters = BRANDENBURG_GATE.distanceMetersTo(ALEXANDERPLATZ) * 1.5;
        assertThat(leg.distanceMeters()).isCloseTo(meters, within(1e-9));
        assertThat(leg.durationSeconds()).isEqualTo(Math.round(meters / (10 / 3.6)));
        assertThatIllegalArgumentException().isThrownBy(() -> new GreatCircleTravelTimes(0.9, Map.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GreatCircleTravelTimes(1.3, Map.of(VehicleType.VAN, 0.0)));
    }

    @Test
    void everyTypeShouldHaveAPositiveDefaultSpeed() {
        for (VehicleType type : VehicleType.values()) {
            assertThat(GreatCircleTravelTimes.defaultSpeedKmh(type)).as(type.name()).isPositive();
        }
    }

    @Test
    void whenBuildingAMatrix_itShouldHoldEveryPairAndAZeroDiagonal() {
        TravelMatrix matrix = travel.matrix(List.of(BRANDENBURG_GATE, ALEXANDERPLATZ, PARIS),
                TravelProfile.of(VehicleType.VAN));
        assertThat(matrix.size()).isEqualTo(3);
        assertThat(matrix.distanceMeters(1, 1)).isZero();
        assertThat(matrix.leg(0, 1)).isEqualTo(travel.leg(BRANDENBURG_GATE, ALEXANDERPLATZ,
                TravelProfile.of(VehicleType.VAN)));
        assertThat(matrix.durationSeconds(2, 0)).isPositive();
    }

    @Test
    void aProfileKeyShouldNameTypeAndSpeed() {
        assertThat(TravelProfile.of(VehicleType.VAN).key()).isEqualTo("VAN");
        assertThat(new TravelProfile(VehicleType.CARGO_BIKE, 18).key()).isEqualTo("CARGO_BIKE@18.000");
        assertThatIllegalArgumentException().isThrownBy(() -> new TravelProfile(VehicleType.VAN, -1));
    }

    private static GeoPoint point(double latitude, double longitude) {
        return GeoPoint.builder().latitude(latitude).longitude(longitude).build();
    }
}
