package io.lastmilehub.connectors.geocoding;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.lastmilehub.connectors.geocoding.GeocodeResult.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Photon's free-text search against WireMock on the loopback interface, answering with recorded answers. */
class PhotonGeocoderIT {

    private static final String USER_AGENT = "LastMileHub/0.1 (integration test; ops@example.com)";

    @RegisterExtension
    static final WireMockExtension PHOTON = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static GeocoderSettings settings(String userAgent, Duration minInterval, Duration timeout) {
        return new GeocoderSettings("photon", URI.create("http://127.0.0.1:" + PHOTON.getPort() + "/"), userAgent,
                "ops@example.com", null, minInterval, timeout);
    }

    private static Geocoder geocoder() {
        return Geocoders.create(settings(USER_AGENT, Duration.ZERO, Duration.ofSeconds(5)));
    }

    private static void answer(String fixture) {
        PHOTON.stubFor(get(urlPathEqualTo("/api")).willReturn(okJson(Fixtures.answer(fixture))
                .withHeader("Content-Type", "application/json;charset=utf-8")));
    }

    @Test
    void whenTheHouseIsFound_itShouldAnswerItsPointWithHighConfidence() {
        answer("photon/house-olympischer-platz.json");

        GeocodeResult result = geocoder().geocode(Fixtures.OLYMPISCHER_PLATZ);

        assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(result.location()).isEqualTo(Fixtures.point(52.51467945, 13.239514674078611));
        assertThat(result.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.provider()).isEqualTo("photon");
        assertThat(result.description()).isEqualTo("Olympiastadion Berlin, Olympischer Platz 3, 14053 Berlin, Germany");
    }

    @Test
    void whenAsking_itShouldSendTheTextTheLimitAndTheUserAgentButNoEmail() {
        answer("photon/house-olympischer-platz.json");

        geocoder().geocode(Fixtures.OLYMPISCHER_PLATZ);

        PHOTON.verify(getRequestedFor(urlPathEqualTo("/api"))
                .withHeader("User-Agent", equalTo(USER_AGENT))
                .withQueryParam("q", equalTo("Olympischer Platz 3, 14053 Berlin, Germany"))
                .withQueryParam("limit", equalTo("5"))
                .withQueryParam("email", absent())
                .withQueryParam("countrycode", absent()));
    }

    @Test
    void whenNoUserAgentIsConfigured_itShouldSendTheDefaultOne() {
        answer("photon/not-found.json");

        Geocoders.create(settings(null, Duration.ZERO, Duration.ofSeconds(5))).geocode(Fixtures.OLYMPISCHER_PLATZ);

        PHOTON.verify(getRequestedFor(urlPathEqualTo("/api"))
                .withHeader("User-Agent", equalTo(Geocoders.DEFAULT_USER_AGENT)));
    }

    @Test
    void whenSeveralSpringfieldsMatch_itShouldAnswerAmbiguous() {
        answer("photon/ambiguous-springfield-main-street.json");

        GeocodeResult result = geocoder().geocode(Fixtures.SPRINGFIELD_MAIN_STREET);

        assertThat(result.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(result.location()).isEqualTo(Fixtures.point(42.1014831, -72.589811));
        assertThat(result.confidence()).isLessThan(0.5);
        assertThat(result.description()).isEqualTo("2 places match: Main Street, 01103 Springfield, Massachusetts,"
                + " United States | Main Street, 97477 Springfield, Oregon, United States");
    }

    @Test
    void whenNothingIsFound_itShouldAnswerNotFound() {
        answer("photon/not-found.json");

        assertThat(geocoder().geocode(Fixtures.OLYMPISCHER_PLATZ)).isEqualTo(GeocodeResult.notFound("photon"));
    }

    @Test
    void whenOnlyPlacesInAnotherCountryAreFound_itShouldAnswerNotFound() {
        answer("photon/foreign-only-bahnhofstrasse.json");

        assertThat(geocoder().geocode(Fixtures.ZURICH).outcome()).isEqualTo(Outcome.NOT_FOUND);
    }

    @Test
    void whenTheAddressIsNotAscii_itShouldSendItPercentEncodedAsUtf8() {
        answer("photon/not-found.json");

        geocoder().geocode(Fixtures.ZURICH);
        geocoder().geocode(Fixtures.FRIEDRICHSTRASSE);

        PHOTON.verify(getRequestedFor(urlPathEqualTo("/api"))
                .withQueryParam("q", equalTo("Bahnhofstrasse 1, 8001 Zürich, Switzerland")));
        PHOTON.verify(getRequestedFor(urlPathEqualTo("/api"))
                .withQueryParam("q", equalTo("Friedrichstraße 43, 10117 Berlin, Germany")));
        assertThat(PHOTON.getAllServeEvents()).extracting(event -> event.getRequest().getUrl())
                .anySatisfy(url -> assertThat(url).contains("8001%20Z%C3%BCrich"))
                .anySatisfy(url -> assertThat(url).contains("Friedrichstra%C3%9Fe%2043"));
    }

    @Test
    void whenRateLimited_itShouldThrowSayingRetryLater() {
        PHOTON.stubFor(get(urlPathEqualTo("/api")).willReturn(aResponse().withStatus(429)));

        assertThatThrownBy(() -> geocoder().geocode(Fixtures.OLYMPISCHER_PLATZ))
                .isInstanceOf(GeocodingException.class)
                .hasMessageStartingWith("photon rate-limited the request (HTTP 429); retry later");
    }

    @Test
    void whenTheServiceFails_itShouldThrowSayingRetryLater() {
        PHOTON.stubFor(get(urlPathEqualTo("/api")).willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> geocoder().geocode(Fixtures.OLYMPISCHER_PLATZ))
                .isInstanceOf(GeocodingException.class)
                .hasMessage("photon failed (HTTP 502); retry later");
    }

    @Test
    void whenAParameterIsRefused_itShouldThrowSayingTheConfigurationIsLikelyWrong() {
        PHOTON.stubFor(get(urlPathEqualTo("/api")).willReturn(aResponse().withStatus(400)
                .withBody(Fixtures.answer("photon/error-unknown-parameter.json"))));

        assertThatThrownBy(() -> geocoder().geocode(Fixtures.OLYMPISCHER_PLATZ))
                .isInstanceOf(GeocodingException.class)
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("configuration is likely wrong")
                .hasMessageContaining("Unknown query parameter 'email'");
    }

    @Test
    void whenTheAnswerIsLate_itShouldThrowAfterTheTimeout() {
        PHOTON.stubFor(get(urlPathEqualTo("/api"))
                .willReturn(okJson(Fixtures.answer("photon/not-found.json")).withFixedDelay(3_000)));
        Geocoder impatient = Geocoders.create(settings(USER_AGENT, Duration.ZERO, Duration.ofMillis(200)));

        assertThatThrownBy(() -> impatient.geocode(Fixtures.OLYMPISCHER_PLATZ))
                .isInstanceOf(GeocodingException.class)
                .hasMessage("photon did not answer within PT0.2S; retry later");
    }

    @Test
    void whenAskedTwiceAtOnce_itShouldNotSendTheSecondRequestBeforeTheMinInterval() {
        answer("photon/not-found.json");
        AtomicLong now = new AtomicLong();
        List<Integer> requestsSentBeforeWaiting = new ArrayList<>();
        List<Duration> waits = new ArrayList<>();
        RateLimiter limiter = new RateLimiter(Duration.ofMillis(500), now::get, duration -> {
            waits.add(duration);
            requestsSentBeforeWaiting.add(PHOTON.getAllServeEvents().size());
            now.addAndGet(duration.toNanos());
        });
        Geocoder geocoder = new PhotonGeocoder(settings(USER_AGENT, Duration.ofMillis(500), Duration.ofSeconds(5)),
                USER_AGENT, limiter);

        geocoder.geocode(Fixtures.OLYMPISCHER_PLATZ);
        geocoder.geocode(Fixtures.OLYMPISCHER_PLATZ);

        assertThat(waits).containsExactly(Duration.ofMillis(500));
        assertThat(requestsSentBeforeWaiting).containsExactly(1);
        PHOTON.verify(2, getRequestedFor(urlPathEqualTo("/api")));
    }
}
