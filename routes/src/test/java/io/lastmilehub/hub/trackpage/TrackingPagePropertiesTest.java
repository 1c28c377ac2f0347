package io.lastmilehub.hub.trackpage;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingPagePropertiesTest {

    @Test
    void whenNoTilesAreConfigured_thePageMayLoadNothingFromElsewhere() {
        TrackingPageProperties settings = settings("https://track.example.com/", "");

        assertThat(settings.contentSecurityPolicy()).contains("img-src 'self';", "connect-src 'self'");
        assertThat(settings.link("abc")).isEqualTo("https://track.example.com/track/abc");
    }

    @Test
    void whenTilesAreConfigured_theirServerIsTheOnlyOtherImageSource() {
        TrackingPageProperties settings = settings("", "https://tiles.example.org/osm/{z}/{x}/{y}.png");

        assertThat(settings.contentSecurityPolicy()).contains("img-src 'self' https://tiles.example.org;");
        assertThat(settings.link("abc")).isEqualTo("/track/abc");
    }

    @Test
    void whenTheVehicleHasManyStopsBeforeTheCustomers_itsPositionShouldStayHidden() {
        TrackingPageProperties settings = settings("", "");

        assertThat(settings.showsVehicle(0)).isTrue();
        assertThat(settings.showsVehicle(2)).isTrue();
        assertThat(settings.showsVehicle(3)).isFalse();
    }

    private static TrackingPageProperties settings(String baseUrl, String tileUrl) {
        return new TrackingPageProperties(baseUrl, 3, Duration.ofMinutes(15), tileUrl, "", 30);
    }
}
