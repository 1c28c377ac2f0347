package io.lastmilehub.connectors.geocoding;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lastmilehub.connectors.geocoding.GeocodeResult.Outcome;
import io.lastmilehub.model.Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nominatim's structured search against WireMock on the loopback interface, answering with recorded answers. */
class NominatimGeocoderIT {

    private static final String USER_AGENT = "LastMileHub/0.1 (integration test; ops@example.com)";
    private static final String EMAIL = "ops@example.com";

    @RegisterExtension
    static final WireMockExtension NOMINATIM = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static GeocoderSettings settings(Duration minInterval, Duration timeout) {
        return new GeocoderSettings("nominatim", URI.create("http://127.0.0.1:" + NOMINATIM.getPort()), USER_AGENT,
                EMAIL, null, minInterval, timeout);
    }

    private static Geocoder geocoder() {
        return Geocoders.create(settings(Duration.ZERO, Duration.ofSeconds(5)));
    }

    private static void answer(String fixture) {
        NOMINATIM.stubFor(get(urlPathEqualTo("/search"))
                .willReturn(okJson(Fixtures.answer(fixture)).withHeader("Content-Type",
                        "application/json; charset=utf-8")));
    }

    private static void answerStatus(int status, String body) {
        NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(status).withBody(body)));
    }

    @Test
    void whenTheHouseIsFound_itShouldAnswerItsPointWithHighConfidence() {
        answer("nominatim/house-pilkington-avenue.json");

        GeocodeResult result = geocoder().geocode(Fixtures.PILKINGTON_AVENUE);

        assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(result.location()).isEqualTo(Fixtures.point(52.5487921, -1.8164308));
        assertThat(result.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.provider()).isEqualTo("nominatim");
        assertThat(result.description()).startsWith("135, Pilkington Avenue");
    }

    @Test
    void whenAsking_itShouldSendTheStructuredQueryUserAgentAndEmail() {
        answer("nominatim/house-pilkington-avenue.json");

        geocoder().geocode(Fixtures.PILKINGTON_AVENUE);

        NOMINATIM.verify(getRequestedFor(urlPathEqualTo("/search"))
                .withHeader("User-Agent", equalTo(USER_AGENT))
                .withQueryParam("street", equalTo("135 Pilkington Avenue"))
                .withQueryParam("city", equalTo("Birmingham"))
                .withQueryParam("postalcode", equalTo("B72 1LH"))
                .withQueryParam("countrycodes", equalTo("gb"))
                .withQueryParam("format", equalTo("jsonv2"))
                .withQueryParam("addressdetails", equalTo("1"))
                .withQueryParam("limit", equalTo("5"))
                .withQueryParam("email", equalTo(EMAIL)));
    }

    @Test
    void whenSeveralSpringfieldsMatch_itShouldAnswerAmbiguous() {
        answer("nominatim/ambiguous-springfield-main-street.json");

        GeocodeResult result = geocoder().geocode(Fixtures.SPRINGFIELD_MAIN_STREET);

        assertThat(result.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(result.location()).isEqualTo(Fixtures.point(42.1014831, -72.5898110));
        assertThat(result.confidence()).isLessThan(0.5);
        assertThat(result.description()).startsWith("3 places match: Main Street, Metro Center, Springfield")
                .contains("Oregon", "Vermont");
    }

    @Test
    void whenNothingIsFound_itShouldAnswerNotFound() {
        answer("nominatim/not-found.json");

        assertThat(geocoder().geocode(Fixtures.PILKINGTON_AVENUE)).isEqualTo(GeocodeResult.notFound("nominatim"));
    }

    @Test
    void whenTheAddressIsNotAscii_itShouldSendItPercentEncodedAsUtf8() {
        answer("nominatim/not-found.json");

        geocoder().geocode(Fixtures.FRIEDRICHSTRASSE);
        geocoder().geocode(Fixtures.ZURICH);

        NOMINATIM.verify(getRequestedFor(urlPathEqualTo("/search"))
                .withQueryParam("street", equalTo("Friedrichstraße 43")));
        NOMINATIM.verify(getRequestedFor(urlPathEqualTo("/search")).withQueryParam("city", equalTo("Zürich")));
        List<String> urls = NOMINATIM.findAll(getRequestedFor(urlPathEqualTo("/search"))).stream()
                .map(LoggedRequest::getUrl).toList();
        assertThat(urls).anySatisfy(url -> assertThat(url).contains("street=Friedrichstra%C3%9Fe%2043"));
        assertThat(urls).anySatisfy(url -> assertThat(url).contains("city=Z%C3%BCrich"));
    }

    @Test
    void whenRateLimited_itShouldThrowSayingRetryLater() {
        NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "60").withBody("<html><body>Too Many Requests</body></html>")));

        assertThatThrownBy(() -> geocoder().geocode(Fixtures.PILKINGTON_AVENUE))
                .isInstanceOf(GeocodingException.class)
                .hasMessageContaining("HTTP 429")
                .hasMessageContaining("Retry-After: 60")
                .hasMessageContaining("retry later");
    }

    @Test
    void whenTheServiceFails_itShouldThrowSayingRetryLater() {
        answerStatus(500, "Internal Server Error");

        assertThatThrownBy(() -> geocoder().geocode(Fixtures.PILKINGTON_AVENUE))
                .isInstanceOf(GeocodingException.class)
                .hasMessage("nominatim failed (HTTP 500); retry later");
    }

    @Test
    void whenTheRequestIsRefused_itShouldThrowSayingTheConfigurationIsLikelyWrong() {
        answerStatus(400, Fixtures.answer("nominatim/error-bad-request.json"));

        assertThatThrownBy(() -> geocoder().geocode(Fixtures.PILKINGTON_AVENUE))
                .isInstanceOf(GeocodingException.class)
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("configuration is likely wrong")
                .hasMessageContaining("cannot be used together with 'q' parameter");
    }

    @Test
    void whenTheAnswerIsLate_itShouldThrowAfterTheTimeout() {
        NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(
                okJson(Fixtures.answer("nominatim/not-found.json")).withFixedDelay(3_000)));
        Geocoder impatient = Geocoders.create(settings(Duration.ZERO, Duration.ofMillis(200)));

        assertThatThrownBy(() -> impatient.geocode(Fixtures.PILKINGTON_AVENUE))
                .isInstanceOf(GeocodingException.class)
                .hasMessage("nominatim did not answer within PT0.2S; retry later");
    }

    @Test
    void whenNothingListens_itShouldThrowSayingUnreachable() {
        GeocoderSettings nowhere = new GeocoderSettings("nominatim", URI.create("http://127.0.0.1:1"), USER_AGENT,
                null, null, Duration.ZERO, Duration.ofSeconds(2));

        assertThatThrownBy(() -> Geocoders.create(nowhere).geocode(Fixtures.PILKINGTON_AVENUE))
                .isInstanceOf(GeocodingException.class)
                .hasMessageStartingWith("nominatim unreachable at 127.0.0.1");
    }

    @Test
    void whenAskedTwiceAtOnce_itShouldNotSendTheSecondRequestBeforeTheMinInterval() {
        answer("nominatim/not-found.json");
        AtomicLong now = new AtomicLong();
        List<Duration> waits = new ArrayList<>();
        List<Integer> requestsSentBeforeWaiting = new ArrayList<>();
        RateLimiter limiter = new RateLimiter(Duration.ofSeconds(1), now::get, duration -> {
            waits.add(duration);
            requestsSentBeforeWaiting.add(NOMINATIM.getAllServeEvents().size());
            now.addAndGet(duration.toNanos());
        });
        Geocoder geocoder = new NominatimGeocoder(settings(Duration.ofSeconds(1), Duration.ofSeconds(5)), limiter);

        geocoder.geocode(Fixtures.PILKINGTON_AVENUE);
        geocoder.geocode(Fixtures.PILKINGTON_AVENUE);

        assertThat(waits).containsExactly(Duration.ofSeconds(1));
        assertThat(requestsSentBeforeWaiting).containsExactly(1);
        NOMINATIM.verify(2, getRequestedFor(urlPathEqualTo("/search")));
    }

    @Test
    void whenAskedTwiceOnTheRealClock_itShouldTakeAtLeastTheMinInterval() {
        answer("nominatim/not-found.json");
        Duration minInterval = Duration.ofMillis(300);
        Geocoder geocoder = Geocoders.create(settings(minInterval, Duration.ofSeconds(5)));
        Address address = Fixtures.PILKINGTON_AVENUE;

        long start = System.nanoTime();
        geocoder.geocode(address);
        geocoder.geocode(address);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(elapsed).isGreaterThanOrEqualTo(minInterval);
        NOMINATIM.verify(2, getRequestedFor(urlPathEqualTo("/search")));
    }
}
