package io.lastmilehub.connectors.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeoDistanceTest {

    @Test
    void whenBerlinAndMunich_itShouldBeAbout504Kilometres() {
        double meters = GeoDistance.meters(Fixtures.point(52.5200, 13.4050), Fixtures.point(48.1351, 11.5820));

        assertThat(meters).isCloseTo(504_000, within(2_000.0));
    }

    @Test
    void whenOneHundredthOfADegreeOfLatitude_itShouldBeAboutOneKilometre() {
        double meters = GeoDistance.meters(Fixtures.point(52.50, 13.40), Fixtures.point(52.51, 13.40));

        assertThat(meters).isCloseTo(1_112, within(2.0));
    }

    @Test
    void whenTheSamePoint_itShouldBeZero() {
        assertThat(GeoDistance.meters(Fixtures.point(-33.9, 151.2), Fixtures.point(-33.9, 151.2))).isZero();
    }
}
