package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.planning.VehiclePositions;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

/**
 * Phones report as the Traccar Client app does (OsmAnd protocol over HTTP, query string or JSON); the hub binds
 * the device to its vehicle and publishes the position on the positions topic (and keeps the vehicle's last one for
 * re-plans); unknown devices, and devices with a secret that do not present it, are refused.
 */
class DeviceTrackingIT extends HubIntegrationTest {

    /** Report times, later with every report: the hub drops a report older than the device's last one. */
    private static final AtomicLong REPORT_TIME = new AtomicLong(Instant.now().getEpochSecond());

    /** Tenant geo's phone, bound through the API with this secret. */
    private static final String GEO_PHONE_SECRET = "geo-phone-secret-0123";

    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    private VehiclePositions vehiclePositions;
    @Autowired
    private MeterRegistry meters;

    @Test
    void aBoundPhoneReportsAndItsPositionIsPublishedForItsVehicle() throws Exception {
        long now = REPORT_TIME.addAndGet(10);
        try (TopicRecorder positions = new TopicRecorder("lastmile.positions")) {
            ResponseEntity<String> answer = http.getForEntity("/devices/osmand?id=van-1-phone&lat=45.4236"
                    + "&lon=-75.7009&timestamp=" + now + "&speed=10&bearing=90&batt=80", String.class);

            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            await().atMost(Duration.ofSeconds(5)).until(() -> !positions.received().isEmpty());
            JsonNode position = json.readTree(positions.received().get(0).body());
            assertThat(position.path("vehicleId").asText()).isEqualTo("van-1");
            assertThat(position.path("tenant").asText()).isEqualTo("demo");
            assertThat(position.path("location").path("latitude").asDouble()).isEqualTo(45.4236);
            assertThat(position.path("speedKmh").asDouble()).isCloseTo(18.52, offset(0.01));
            assertThat(positions.received().get(0).tenant()).isEqualTo("demo");
            // Re-plans and dispatch start the vehicle from here.
            assertThat(vehiclePositions.latest("demo", "van-1")).get()
                    .extracting(GeoPoint::getLatitude, GeoPoint::getLongitude).containsExactly(45.4236, -75.7009);
            assertThat(vehiclePositions.latest("demo", "van-2")).isEmpty();
        }
    }

    @Test
    void theJsonBodyOfTheNewerTraccarClientAppsIsAcceptedToo() throws Exception {
        Instant at = Instant.ofEpochSecond(REPORT_TIME.addAndGet(10));
        String body = "{\"location\":{\"timestamp\":\"" + at + "\",\"coords\":{\"latitude\":45.4240,"
                + "\"longitude\":-75.7010,\"accuracy\":5,\"speed\":2,\"heading\":10,\"altitude\":70},"
                + "\"is_moving\":true,\"odometer\":0,\"battery\":{\"level\":0.8,\"is_charging\":false}},"
                + "\"device_id\":\"van-1-phone\"}";
        try (TopicRecorder positions = new TopicRecorder("lastmile.positions")) {
            ResponseEntity<String> answer = post("/devices/osmand", null, body.getBytes(StandardCharsets.UTF_8),
                    MediaType.APPLICATION_JSON);

            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            await().atMost(Duration.ofSeconds(5)).until(() -> positions.received().stream()
                    .anyMatch(m -> m.body().contains("45.424")));
        }
    }

    @Test
    void anUnknownDeviceOrAnUnreadableReportIsRefusedClearly() throws Exception {
        ResponseEntity<String> unknown = http.getForEntity("/devices/osmand?id=stolen-phone&lat=45.4&lon=-75.7",
                String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(unknown.getBody()).path("message").asText()).contains("unknown device 'stolen-phone'");

        ResponseEntity<String> garbage = http.getForEntity("/devices/osmand?id=van-1-phone&lat=north&lon=-75.7",
                String.class);
        assertThat(garbage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(garbage.getBody()).contains("'lat'").doesNotContain("north");

        ResponseEntity<String> badTime = http.getForEntity("/devices/osmand?id=van-1-phone&lat=45.4&lon=-75.7"
                + "&timestamp=tomorrow-at-noon", String.class);
        assertThat(badTime.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(badTime.getBody()).path("violations").findValuesAsText("reason").get(0))
                .contains("timestamp");
        assertThat(badTime.getBody()).doesNotContain("tomorrow-at-noon");
    }

    /** Device reports are answered ahead of Spring MVC (DeviceReportFilter); what a client and a dashboard see stays. */
    @Test
    void aReportIsTimedUnderItsEndpointAndAnotherMethodIsRefusedInTheHubsFormat() throws Exception {
        double before = reportsTimed();

        ResponseEntity<String> answer = http.getForEntity("/devices/osmand?id=van-1-phone&lat=45.4236&lon=-75.7009"
                + "&timestamp=" + REPORT_TIME.addAndGet(10), String.class);
        ResponseEntity<String> put = http.exchange("/devices/osmand?id=van-1-phone&lat=45.4&lon=-75.7",
                HttpMethod.PUT, HttpEntity.EMPTY, String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");
        await().atMost(Duration.ofSeconds(5)).until(() -> reportsTimed() == before + 1);
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(json.readTree(put.getBody()).path("error").asText()).isNotBlank();
    }

    private double reportsTimed() {
        Timer timer = meters.find("http.server.requests").tag("uri", "/devices/{protocol}").tag("status", "200")
                .tag("method", "GET").timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void aProtocolTheHubDoesNotHaveOnThatPathIsNotFoundNamingTheKnownOnes() throws Exception {
        ResponseEntity<String> unknown = http.getForEntity("/devices/gt06?id=van-1-phone&lat=45.4&lon=-75.7",
                String.class);
        // A tenant's stream is served under /api/v1/telematics only, where the tenant's key is checked.
        ResponseEntity<String> streamWithoutKey = http.postForEntity("/devices/flespi", "[]", String.class);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(unknown.getBody()).path("message").asText())
                .startsWith("no device protocol 'gt06' here; known: ").contains("osmand", "owntracks");
        assertThat(streamWithoutKey.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDeviceWithASecretMustPresentItOverOsmAndToo() throws Exception {
        String body = "{\"id\":\"geo-phone-1\",\"vehicleId\":\"courier-1\",\"secret\":\"" + GEO_PHONE_SECRET
                + "\"}";
        assertThat(post("/api/v1/devices", GEO_KEY, body.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String report = "/devices/osmand?id=geo-phone-1&lat=45.4236&lon=-75.7009&timestamp=";

        for (String forged : new String[] {report + REPORT_TIME.addAndGet(10),
                report + REPORT_TIME.addAndGet(10) + "&secret=not-the-secret-at-all"}) {
            ResponseEntity<String> refused = http.getForEntity(forged, String.class);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(json.readTree(refused.getBody()).path("error").asText()).isEqualTo("unauthorized");
            assertThat(refused.getBody()).doesNotContain("geo-phone-1", "not-the-secret");
        }
        assertThat(basic(report + REPORT_TIME.addAndGet(10), "geo-phone-1", "not-the-secret-at-all")
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(basic(report + REPORT_TIME.addAndGet(10), "van-1-phone", GEO_PHONE_SECRET).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(vehiclePositions.latest("geo", "courier-1")).isEmpty();

        try (TopicRecorder positions = new TopicRecorder("lastmile.positions")) {
            assertThat(http.getForEntity(report + REPORT_TIME.addAndGet(10) + "&secret=" + GEO_PHONE_SECRET,
                    String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(basic(report + REPORT_TIME.addAndGet(10), "geo-phone-1", GEO_PHONE_SECRET).getStatusCode())
                    .isEqualTo(HttpStatus.OK);

            await().atMost(Duration.ofSeconds(5)).until(() -> positions.received().stream()
                    .anyMatch(m -> m.body().contains("geo-phone-1")));
            assertThat(positions.received()).noneMatch(m -> m.body().contains(GEO_PHONE_SECRET));
        }
    }

    private ResponseEntity<String> basic(String path, String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
