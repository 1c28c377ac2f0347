package io.lastmilehub.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeoPointDistanceTest {

    @Test
    void whenBerlinAndMunich_itShouldBeAbout504Kilometres() {
        assertThat(point(52.5200, 13.4050).distanceMetersTo(point(48.1351, 11.5820)))
                .isCloseTo(504_000, within(2_000.0));
    }

    @Test
    void whenOneHundredthOfADegreeOfLatitude_itShouldBeAboutOneKilometre() {
        assertThat(point(52.50, 13.40).distanceMetersTo(point(52.51, 13.40))).isCloseTo(1_112, within(2.0));
    }

    @Test
    void whenOneDegreeOfLatitudeAtTheEquator_itShouldBeTheMeanRadiusTimesPiOver180() {
        assertThat(point(0, 0).distanceMetersTo(point(1, 0)))
                .isCloseTo(GeoPoint.MEAN_EARTH_RADIUS_METERS * Math.PI / 180, within(0.001));
    }

    @Test
    void whenTheSamePoint_itShouldBeZeroAndTheDistanceIsSymmetric() {
        assertThat(point(-33.9, 151.2).distanceMetersTo(point(-33.9, 151.2))).isZero();
        assertThat(point(48.8566, 2.3522).distanceMetersTo(point(51.5074, -0.1278)))
                .isEqualTo(point(51.5074, -0.1278).distanceMetersTo(point(48.8566, 2.3522)));
    }

    private static GeoPoint point(double latitude, double longitude) {
        return GeoPoint.builder().latitude(latitude).longitude(longitude).build();
    }
}
