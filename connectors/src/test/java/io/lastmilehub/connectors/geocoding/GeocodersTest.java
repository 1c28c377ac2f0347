package io.lastmilehub.connectors.geocoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeocodersTest {

    private static final URI OWN_NOMINATIM = URI.create("https://geo.example.com/nominatim");
    private static final String USER_AGENT = "LastMileHub/0.1 (ops@example.com)";

    private static GeocoderSettings settings(String provider, URI baseUrl, String userAgent, Duration minInterval,
                                             Duration timeout) {
        return new GeocoderSettings(provider, baseUrl, userAgent, null, null, minInterval, timeout);
    }

    private static GeocoderSettings nominatim() {
        return settings("nominatim", OWN_NOMINATIM, USER_AGENT, Duration.ZERO, Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nominatim", "Nominatim", " NOMINATIM "})
    void whenProviderIsNominatimInAnyCase_itShouldCreateIt(String provider) {
        Geocoder geocoder = Geocoders.create(settings(provider, OWN_NOMINATIM, USER_AGENT, Duration.ofSeconds(1),
                Duration.ofSeconds(10)));

        assertThat(geocoder).isInstanceOf(NominatimGeocoder.class);
        assertThat(geocoder.provider()).isEqualTo("nominatim");
    }

    @ParameterizedTest
    @ValueSource(strings = {"photon", "Photon"})
    void whenProviderIsPhoton_itShouldCreateItWithoutUserAgent(String provider) {
        Geocoder geocoder = Geocoders.create(settings(provider, URI.create("https://photon.komoot.io"), null,
                Duration.ZERO, Duration.ofSeconds(5)));

        assertThat(geocoder).isInstanceOf(PhotonGeocoder.class);
        assertThat(geocoder.provider()).isEqualTo("photon");
    }

    @Test
    void whenProviderIsUnknown_itShouldNameTheSetting() {
        assertThatThrownBy(() -> Geocoders.create(settings("google", OWN_NOMINATIM, USER_AGENT, Duration.ZERO,
                Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("provider: unknown geocoding provider 'google' (known: nominatim, photon)");
    }

    @Test
    void whenProviderIsMissing_itShouldNameTheSetting() {
        assertThatThrownBy(() -> Geocoders.create(settings(null, OWN_NOMINATIM, USER_AGENT, Duration.ZERO,
                Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("provider:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nominatim", "photon"})
    void whenBaseUrlIsMissing_itShouldNameIt(String provider) {
        assertThatThrownBy(() -> Geocoders.create(settings(provider, null, USER_AGENT, Duration.ZERO,
                Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("base-url: required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nominatim.openstreetmap.org", "ftp://geo.example.com", "https://geo.example.com?x=1",
        "https://geo.example.com/#top"})
    void whenBaseUrlIsUnusable_itShouldNameIt(String baseUrl) {
        assertThatThrownBy(() -> Geocoders.create(settings("photon", URI.create(baseUrl), null, Duration.ZERO,
                Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("base-url: must");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void whenNominatimHasNoUserAgent_itShouldNameIt(String userAgent) {
        assertThatThrownBy(() -> Geocoders.create(settings("nominatim", OWN_NOMINATIM, userAgent, Duration.ZERO,
                Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("user-agent: required");
        assertThatThrownBy(() -> Geocoders.create(settings("nominatim", OWN_NOMINATIM, null, Duration.ZERO,
                Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("user-agent: required");
    }

    @Test
    void whenUserAgentSpansLines_itShouldNameIt() {
        assertThatThrownBy(() -> Geocoders.create(settings("nominatim", OWN_NOMINATIM, "a\r\nX-Injected: 1",
                Duration.ZERO, Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("user-agent:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "-PT1S"})
    void whenTimeoutIsNotPositive_itShouldNameIt(String timeout) {
        assertThatThrownBy(() -> Geocoders.create(settings("nominatim", OWN_NOMINATIM, USER_AGENT, Duration.ZERO,
                Duration.parse(timeout))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("timeout:");
    }

    @Test
    void whenTimeoutIsMissing_itShouldNameIt() {
        assertThatThrownBy(() -> Geocoders.create(settings("photon", OWN_NOMINATIM, null, Duration.ZERO, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("timeout:");
    }

    @Test
    void whenMinIntervalIsMissingOrNegative_itShouldNameIt() {
        assertThatThrownBy(() -> Geocoders.create(settings("photon", OWN_NOMINATIM, null, null,
                Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("min-interval:");
        assertThatThrownBy(() -> Geocoders.create(settings("photon", OWN_NOMINATIM, null, Duration.ofMillis(-1),
                Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("min-interval:");
    }

    @Test
    void whenThePublicNominatimIsAskedMoreThanOnceASecond_itShouldRefuse() {
        GeocoderSettings tooFast = settings("nominatim", URI.create("https://nominatim.openstreetmap.org"),
                USER_AGENT, Duration.ofMillis(500), Duration.ofSeconds(10));

        assertThatThrownBy(() -> Geocoders.create(tooFast))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("min-interval: the public Nominatim service allows at most one request");
    }

    @Test
    void whenOwnNominatimHasNoInterval_itShouldAcceptIt() {
        assertThat(Geocoders.create(nominatim())).isNotNull();
    }

    @Test
    void whenEmailIsMalformed_itShouldNameIt() {
        GeocoderSettings badEmail = new GeocoderSettings("nominatim", OWN_NOMINATIM, USER_AGENT, "ops at example",
                null, Duration.ZERO, Duration.ofSeconds(1));

        assertThatThrownBy(() -> Geocoders.create(badEmail))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("email:");
    }

    @Test
    void whenSettingsAreMissing_itShouldSaySo() {
        assertThatThrownBy(() -> Geocoders.create(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
