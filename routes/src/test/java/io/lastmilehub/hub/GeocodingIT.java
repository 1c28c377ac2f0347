package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.geocoding.AddressResolver;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.TimeWindow;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.StreamSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tenant "geo" geocodes with Nominatim (WireMock on loopback, answering in Nominatim's format): an order without
 * coordinates gets its point in the intake stage (and so does its pickup stop), each address is asked for once, an
 * unknown address is set aside, and an outage of the service (a 5xx, a 429, an answer that is not JSON, no answer in
 * time) is retried as configured, then dead-letters the step until a replay resumes it.
 */
class GeocodingIT extends HubIntegrationTest {

    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    private MeterRegistry meters;

    @BeforeEach
    void resetGeocoder() {
        GEOCODER.resetAll();
    }

    @Test
    void anOrderIsGeocodedAndTheSameAddressIsNeverAskedForTwice() throws Exception {
        GEOCODER.stubFor(WireMock.get(urlPathEqualTo("/search")).withQueryParam("street", equalTo(Samples.WOO_STREET))
                .willReturn(okJson(new String(Samples.read("geocoding/nominatim-969-market-street.json")))));

        double calls = total(AddressResolver.CALLS);
        double cacheHits = total(AddressResolver.CACHE_HITS);
        String first = accept(Samples.wooCommerceOrderNumbered(9401));
        JsonNode located = awaitLocated(first);
        assertThat(located.path("shipTo").path("location").path("latitude").asDouble()).isEqualTo(37.7825601);
        assertThat(located.path("status").asText()).isEqualTo("RECEIVED");

        awaitLocated(accept(Samples.wooCommerceOrderNumbered(9402)));
        GEOCODER.verify(1, getRequestedFor(urlPathEqualTo("/search"))
                .withHeader("User-Agent", equalTo("LastMileHub-IT (it@example.com)"))
                .withQueryParam("countrycodes", equalTo("us")));
        assertThat(total(AddressResolver.CALLS)).isGreaterThanOrEqualTo(calls + 1);
        assertThat(total(AddressResolver.CACHE_HITS)).isGreaterThanOrEqualTo(cacheHits + 1);
    }

    /** A geocoding metric summed over its providers and outcomes. */
    private double total(String metric) {
        return meters.find(metric).counters().stream().mapToDouble(Counter::count).sum();
    }

    @Test
    void anAddressTheGeocoderDoesNotKnowIsSetAsideWithTheReason() throws Exception {
        GEOCODER.stubFor(WireMock.get(urlPathEqualTo("/search")).withQueryParam("street", containing("Nowhere"))
                .willReturn(okJson("[]")));

        String orderId = accept(Samples.wooCommerceOrder(9403, "1 Nowhere Lane"));

        await().atMost(Duration.ofSeconds(10)).until(() -> "EXCEPTION".equals(order(orderId).path("status").asText()));
        assertThat(order(orderId).path("statusReasonCode").asText()).isEqualTo("ADDRESS_NOT_FOUND");
        assertThat(order(orderId).path("statusReason").asText()).contains("not found by nominatim");
    }

    @Test
    void aPickupStopWithoutCoordinatesIsGeocodedLikeTheDelivery() throws Exception {
        GEOCODER.stubFor(WireMock.get(urlPathEqualTo("/search")).withQueryParam("street", equalTo("1 Pickup Dock"))
                .willReturn(okJson(new String(Samples.read("geocoding/nominatim-969-market-street.json")))));

        String orderId = acceptCanonical(withPickupAt("1 Pickup Dock"));

        JsonNode located = await().atMost(Duration.ofSeconds(10))
                .until(() -> order(orderId), o -> o.path("pickupFrom").has("location"));
        assertThat(located.path("pickupFrom").path("location").path("latitude").asDouble()).isEqualTo(37.7825601);
        assertThat(located.path("status").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void aPickupAddressTheGeocoderDoesNotKnowSetsTheOrderAsideNamingThePickup() throws Exception {
        GEOCODER.stubFor(WireMock.get(urlPathEqualTo("/search")).withQueryParam("street", containing("Nowhere Dock"))
                .willReturn(okJson("[]")));

        String orderId = acceptCanonical(withPickupAt("2 Nowhere Dock"));

        await().atMost(Duration.ofSeconds(10)).until(() -> "EXCEPTION".equals(order(orderId).path("status").asText()));
        assertThat(order(orderId).path("statusReasonCode").asText()).isEqualTo("ADDRESS_NOT_FOUND");
        assertThat(order(orderId).path("statusReason").asText()).startsWith("pickup address: address not found");
    }

    @Test
    void aGeocoderOutageIsDeadLetteredAndAReplayResumesTheOrder() throws Exception {
        GEOCODER.stubFor(WireMock.get(urlPathEqualTo("/search")).withQueryParam("street", containing("Outage"))
                .willReturn(aResponse().withStatus(503)));
        String orderId = accept(Samples.wooCommerceOrder(9404, "77 Outage Road"));

        JsonNode letter = await().atMost(Duration.ofSeconds(10)).until(() -> deadLetterOf(orderId), l -> l != null);
        assertThat(letter.path("routeId").asText()).isEqualTo("order-intake");
        assertThat(letter.path("reason").asText()).contains("503");
        assertThat(order(orderId).path("shipTo").path("location").isMissingNode()).isTrue();

        GEOCODER.stubFor(WireMock.get(urlPathEqualTo("/search")).withQueryParam("street", containing("Outage"))
                .willReturn(okJson(new String(Samples.read("geocoding/nominatim-969-market-street.json")))));
        ResponseEntity<String> replayed = post("/api/v1/dead-letters/" + letter.path("id").asText() + "/replay",
                GEO_KEY, new byte[0], MediaType.APPLICATION_JSON);
        assertThat(json.readTree(replayed.getBody()).path("replayOutcome").asText()).isEqualTo("delivered");
        awaitLocated(orderId);
    }

    @Test
    void aRateLimitIsRetriedThenDeadLetteredWithTheProvidersRetryAfter() throws Exception {
        JsonNode letter = deadLetteredWhenTheGeocoderAnswers("9 Busy Street", 9405,
                aResponse().withStatus(429).withHeader("Retry-After", "120"));

        assertThat(letter.path("reason").asText()).contains("HTTP 429", "Retry-After: 120");
    }

    @Test
    void anAnswerThatIsNotJsonIsRetriedThenDeadLettered() throws Exception {
        JsonNode letter = deadLetteredWhenTheGeocoderAnswers("5 Garbled Way", 9406,
                aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("<html><body>maintenance</body></html>"));

        assertThat(letter.path("reason").asText()).contains("not JSON");
    }

    @Test
    void anAnswerThatTakesLongerThanTheTimeoutIsRetriedThenDeadLettered() throws Exception {
        JsonNode letter = deadLetteredWhenTheGeocoderAnswers("3 Slow Road", 9407,
                okJson("[]").withFixedDelay(3_000));

        assertThat(letter.path("reason").asText()).contains("did not answer within PT2S");
    }

    /**
     * Sends an order to this street, which the geocoder answers so, and returns its dead letter once the intake step
     * was tried as often as configured (the first attempt and lastmile.redelivery.max-attempts = 2 more); the order
     * stays RECEIVED without a point, and the dead letter holds the order's message for a replay.
     */
    private JsonNode deadLetteredWhenTheGeocoderAnswers(String street, int number, ResponseDefinitionBuilder answer)
            throws Exception {
        String word = street.split(" ")[1];
        GEOCODER.stubFor(WireMock.get(urlPathEqualTo("/search")).withQueryParam("street", containing(word))
                .willReturn(answer));
        String orderId = accept(Samples.wooCommerceOrder(number, street));

        JsonNode letter = await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterOf(orderId), l -> l != null);
        assertThat(letter.path("routeId").asText()).isEqualTo("order-intake");
        GEOCODER.verify(3, getRequestedFor(urlPathEqualTo("/search")).withQueryParam("street", containing(word)));
        JsonNode order = order(orderId);
        assertThat(order.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(order.path("shipTo").path("location").isMissingNode()).isTrue();
        assertThat(get("/api/v1/dead-letters/" + letter.path("id").asText() + "/payload", GEO_KEY).getBody())
                .contains(orderId);
        return letter;
    }

    private String accept(byte[] order) throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/inbound/woocommerce", GEO_KEY, order,
                MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return json.readTree(accepted.getBody()).path("orders").get(0).asText();
    }

    /** An order of tenant geo delivered to a point, collected first at {@code pickupStreet} in San Francisco. */
    private static DeliveryOrder withPickupAt(String pickupStreet) {
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return DeliveryOrder.builder().tenant("geo")
                .source(SourceRef.builder().system("it").messageId(pickupStreet + "-" + System.nanoTime()).build())
                .timeWindow(TimeWindow.builder().start(start).end(start.plus(2, ChronoUnit.HOURS)).build())
                .pickupFrom(Party.builder().company("Shipper").address(Address.builder().line1(pickupStreet)
                        .city("San Francisco").region("CA").postalCode("94103").countryCode("US").build()).build())
                .shipTo(Party.builder().name("Consignee").address(Address.builder().line1("1 Drop St")
                        .city("San Francisco").postalCode("94103").countryCode("US").build())
                        .location(GeoPoint.builder().latitude(37.77).longitude(-122.41).build()).build())
                .build();
    }

    private String acceptCanonical(DeliveryOrder order) throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/inbound/canonical-json", GEO_KEY,
                CanonicalJson.toJsonBytes(order), MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return json.readTree(accepted.getBody()).path("orders").get(0).asText();
    }

    private JsonNode order(String orderId) throws Exception {
        return json.readTree(get("/api/v1/orders/" + orderId, GEO_KEY).getBody());
    }

    /** Waits through whatever intake work the tests before left queued (CI runs two hub JVMs on two cores). */
    private JsonNode awaitLocated(String orderId) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> order(orderId), o -> o.path("shipTo").has("location"));
    }

    private JsonNode deadLetterOf(String orderId) throws Exception {
        JsonNode letters = json.readTree(get("/api/v1/dead-letters", GEO_KEY).getBody());
        return StreamSupport.stream(letters.spliterator(), false)
                .filter(l -> l.path("headers").asText().contains(orderId)).findFirst().orElse(null);
    }
}
