package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.carrier.WebhookSignature;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import io.lastmilehub.hub.testsupport.TrackingSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint that takes a raw message reads the body as sent, whatever the Content-Type says: curl's default
 * {@code application/x-www-form-urlencoded} (which Tomcat would otherwise parse as form parameters), the XML, text and
 * EDI types, octet-stream, and none at all. Real samples, each case a new message.
 */
class RawBodyContentTypesIT extends HubIntegrationTest {

    private static final AtomicInteger NUMBER = new AtomicInteger(7100);
    private static final WebhookSignature DPX = new WebhookSignature("it-webhook-secret", Duration.ofMinutes(5));
    private static final String OWNTRACKS_SECRET = "a-long-enough-device-secret";
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** The Content-Types real clients send; null is none at all. */
    static Stream<String> contentTypes() {
        return Stream.of("application/x-www-form-urlencoded", "text/xml", "application/xml", "text/plain",
                "application/edi-x12", "application/edifact", "application/octet-stream", null);
    }

    @BeforeAll
    static void boundDevices(@Autowired TestRestTemplate rest) {
        String owntracks = "{\"id\":\"raw-owntracks\",\"vehicleId\":\"van-1\",\"secret\":\"" + OWNTRACKS_SECRET
                + "\"}";
        String flespi = "{\"id\":\"605639\",\"vehicleId\":\"van-2\"}";
        for (String device : List.of(owntracks, flespi)) {
            HttpHeaders headers = new HttpHeaders();
            headers.set("X-Api-Key", TRACK_KEY);
            headers.setContentType(MediaType.APPLICATION_JSON);
            rest.postForEntity("/api/v1/devices", new HttpEntity<>(device, headers),
                    String.class);
        }
    }

    @ParameterizedTest
    @MethodSource("contentTypes")
    void aShopOrderIsAcceptedAndStored(String contentType) throws Exception {
        HttpResponse<String> answer = send("/api/v1/inbound/shopify", contentType,
                Samples.shopifyOrderNumbered(NUMBER.incrementAndGet()), Map.of("X-Api-Key", DEMO_KEY));

        assertAcceptedAndStored(answer);
    }

    @ParameterizedTest
    @MethodSource("contentTypes")
    void anX12LoadTenderIsAcceptedAndStored(String contentType) throws Exception {
        int control = NUMBER.incrementAndGet();
        HttpResponse<String> answer = send("/api/v1/inbound/x12", contentType,
                Samples.loadTender(control, "RAW" + control, null), Map.of("X-Api-Key", DEMO_KEY));

        assertAcceptedAndStored(answer);
    }

    @ParameterizedTest
    @MethodSource("contentTypes")
    void anOsmAndReportInTheBodyIsTaken(String contentType) throws Exception {
        String report = "id=van-1-phone&lat=45.4236&lon=-75.7009&timestamp="
                + Instant.now().getEpochSecond() + "&speed=3";

        HttpResponse<String> answer = send("/devices/osmand", contentType, bytes(report), Map.of());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(HttpStatus.OK.value());
    }

    @ParameterizedTest
    @MethodSource("contentTypes")
    void anOwnTracksLocationIsTaken(String contentType) throws Exception {
        String location = TrackingSamples.recent("tracking/owntracks-locations.jsonl").lines()
                .filter(line -> !line.isBlank()).findFirst().orElseThrow();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("raw-owntracks:" + OWNTRACKS_SECRET)
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = send("/devices/owntracks", contentType, bytes(location),
                Map.of("Authorization", basic));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(HttpStatus.OK.value());
        assertThat(answer.body()).isEqualTo("[]");
    }

    @ParameterizedTest
    @MethodSource("contentTypes")
    void aFlespiStreamIsTaken(String contentType) throws Exception {
        String stream = TrackingSamples.recent("tracking/flespi-1-basic.json").replace("605630", "605639");

        HttpResponse<String> answer = send("/api/v1/telematics/flespi", contentType, bytes(stream),
                Map.of("X-Api-Key", TRACK_KEY));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(HttpStatus.OK.value());
    }

    /**
     * The signature covers the exact bytes, so a body that reached the hub changed would be refused 401; this one
     * names a tracking number no shipment has, so it is refused naming that field and kept as a dead letter.
     */
    @ParameterizedTest
    @MethodSource("contentTypes")
    void aSignedCarrierWebhookReachesTheCarrierUnchanged(String contentType) throws Exception {
        byte[] event = bytes("{\"id\":\"ev-raw-" + NUMBER.incrementAndGet() + "\",\"trackingNumber\":\"NO-SUCH-1\","
                + "\"status\":\"DLV\",\"occurredAt\":\"2026-11-22T15:04:05-05:00\"}");
        String now = String.valueOf(Instant.now().getEpochSecond());

        HttpResponse<String> answer = send("/carriers/dpx/webhooks", contentType, event, Map.of(
                "X-Carrier-Timestamp", now, "X-Carrier-Signature", "sha256=" + DPX.sign(now, event)));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(HttpStatus.BAD_REQUEST.value());
        JsonNode error = json.readTree(answer.body());
        assertThat(error.path("violations").get(0).path("field").asText()).isEqualTo("/trackingNumber");
        assertThat(get("/api/v1/dead-letters/" + error.path("deadLetter").asText() + "/payload", CARRIER_KEY)
                .getBody()).contains("NO-SUCH-1");
    }

    @ParameterizedTest
    @MethodSource("contentTypes")
    void aSoapRequestIsAnswered(String contentType) throws Exception {
        HttpResponse<String> answer = send("/soap/DeliveryService", contentType,
                Samples.read("soap/submit-delivery-order.soap11.xml"), Map.of());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(HttpStatus.OK.value());
        assertThat(answer.body()).contains("submitDeliveryOrdersResponse", "messageId>msg-", "orderId>ord-");
    }

    private void assertAcceptedAndStored(HttpResponse<String> answer) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(HttpStatus.ACCEPTED.value());
        JsonNode accepted = json.readTree(answer.body());
        assertThat(accepted.path("duplicate").asBoolean()).isFalse();
        String orderId = accepted.path("orders").get(0).asText();
        assertThat(get("/api/v1/orders/" + orderId, DEMO_KEY).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** A POST exactly as given: java.net.http adds no Content-Type of its own. */
    private HttpResponse<String> send(String path, String contentType, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
