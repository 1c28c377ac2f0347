package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import io.lastmilehub.hub.testsupport.TrackingSamples;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Generic JSON telematics over HTTP: a tenant's flespi stream (arrays of messages, the tenant's API key) and the
 * OwnTracks app (HTTP Basic device id + secret), from devices bound through the device API; real samples. Devices of
 * tenant track, which never re-plans: the samples are far from any plan of its fleet.
 */
class TelematicsIntakeIT extends HubIntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aFlespiStreamOfTheTenantsBoundTrackerIsPublishedAsItsVehiclesPositions() throws Exception {
        assertThat(bind(TRACK_KEY, "605630", "van-2", null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        try (TopicRecorder positions = new TopicRecorder("lastmile.positions")) {
            ResponseEntity<String> answer = post("/api/v1/telematics/flespi", TRACK_KEY,
                    bytes(TrackingSamples.recent("tracking/flespi-1-basic.json")), MediaType.APPLICATION_JSON);

            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            await().atMost(Duration.ofSeconds(5)).until(() -> positions.documentsWhere("deviceId", "605630")
                    .size() == 2);
            List<JsonNode> published = positions.documentsWhere("deviceId", "605630");
            JsonNode first = published.get(0);
            assertThat(first.path("vehicleId").asText()).isEqualTo("van-2");
            assertThat(first.path("tenant").asText()).isEqualTo("track");
            assertThat(first.path("location").path("latitude").asDouble()).isEqualTo(53.90573);
            assertThat(published.get(1).path("altitudeMeters").asDouble()).isEqualTo(233.48);
        }
    }

    @Test
    void aFlespiMessageOfADeviceNotBoundToTheCallersTenantIsRefusedNamingIt() throws Exception {
        bind(TRACK_KEY, "605631", "van-2", null);
        String message = TrackingSamples.recent("tracking/flespi-1-basic.json").replace("605630", "605631");

        ResponseEntity<String> otherTenant = post("/api/v1/telematics/flespi", OTHER_KEY, bytes(message),
                MediaType.APPLICATION_JSON);
        ResponseEntity<String> unbound = post("/api/v1/telematics/flespi", TRACK_KEY,
                bytes(message.replace("605631", "999999")), MediaType.APPLICATION_JSON);

        assertThat(otherTenant.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(otherTenant.getBody()).path("message").asText()).contains("unknown device '605631'");
        assertThat(unbound.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(unbound.getBody()).path("error").asText()).isEqualTo("unknown_device");
        assertThat(post("/api/v1/telematics/flespi", null, bytes(message), MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theOwnTracksAppReportsWithTheDevicesSecretAndEveryLocationSampleIsItsPosition() throws Exception {
        bind(TRACK_KEY, "ana-owntracks", "van-1", "a-long-enough-device-secret");
        List<String> locations = TrackingSamples.recent("tracking/owntracks-locations.jsonl").lines()
                .filter(line -> !line.isBlank()).toList();
        try (TopicRecorder positions = new TopicRecorder("lastmile.positions")) {
            for (String location : locations) {
                ResponseEntity<String> answer = ownTracks("ana-owntracks", "a-long-enough-device-secret", location);
                assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
                assertThat(answer.getBody()).isEqualTo("[]");
            }

            await().atMost(Duration.ofSeconds(5)).until(() -> !positions.documentsWhere("deviceId", "ana-owntracks")
                    .isEmpty());
            JsonNode first = positions.documentsWhere("deviceId", "ana-owntracks").get(0);
            assertThat(first.path("vehicleId").asText()).isEqualTo("van-1");
            assertThat(first.path("location").path("latitude").asDouble()).isEqualTo(46.0681247);
            assertThat(first.path("batteryPercent").asDouble()).isEqualTo(46.0);
        }
        assertThat(ownTracks("ana-owntracks", "not-the-secret", locations.get(0)).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(ownTracks("van-1-phone", "", locations.get(0)).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED); // bound in the configuration without a secret: OsmAnd only
    }

    @Test
    void devicesAreBoundListedAndUnboundPerTenant() throws Exception {
        ResponseEntity<String> bound = bind(TRACK_KEY, "api-phone-1", "van-2", null);
        String secret = json.readTree(bound.getBody()).path("secret").asText();

        assertThat(secret).hasSizeGreaterThanOrEqualTo(22); // 128 random bits, shown this once
        assertThat(ownTracks("api-phone-1", secret, TrackingSamples.withRecentTimes(
                "{\"_type\":\"location\",\"lat\":45.42,\"lon\":-75.70,\"tst\":1551874878}")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        JsonNode listed = json.readTree(get("/api/v1/devices", TRACK_KEY).getBody());
        assertThat(listed.findValuesAsText("id")).contains("api-phone-1");
        assertThat(listed.findValues("secret")).isEmpty();
        assertThat(json.readTree(get("/api/v1/devices", DEMO_KEY).getBody()).findValuesAsText("id"))
                .contains("van-1-phone").doesNotContain("api-phone-1");
        assertThat(json.readTree(get("/api/v1/devices", OTHER_KEY).getBody()).findValuesAsText("id"))
                .doesNotContain("api-phone-1");
        String newSecret = "a-new-secret-0123456789";
        assertThat(bind(TRACK_KEY, "api-phone-1", "van-2", newSecret).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String location = TrackingSamples.withRecentTimes("{\"_type\":\"location\",\"lat\":45.42,\"lon\":-75.70,"
                + "\"tst\":1551874888}");
        assertThat(ownTracks("api-phone-1", secret, location).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED); // at once, though the device was read a moment ago
        assertThat(ownTracks("api-phone-1", newSecret, location).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bind(GEO_KEY, "api-phone-1", "van-2", null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(delete("/api/v1/devices/api-phone-1", OTHER_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(delete("/api/v1/devices/van-1-phone", DEMO_KEY).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        assertThat(delete("/api/v1/devices/api-phone-1", TRACK_KEY).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(http.getForEntity("/devices/osmand?id=api-phone-1&lat=45.4&lon=-75.7&secret=" + newSecret,
                String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ownTracks("api-phone-1", newSecret, "{\"_type\":\"location\",\"lat\":45.42,\"lon\":-75.70}")
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aBindingThatIsNotValidIsRefusedNamingEachField() throws Exception {
        ResponseEntity<String> refused = bind(DEMO_KEY, "has/slash", "no-such-van", "short");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).path("violations").findValuesAsText("field"))
                .containsExactly("id", "vehicleId", "secret");
    }

    private ResponseEntity<String> bind(String key, String id, String vehicleId, String secret) throws Exception {
        String body = json.writeValueAsString(secret == null
                ? Map.of("id", id, "vehicleId", vehicleId)
                : Map.of("id", id, "vehicleId", vehicleId, "secret", secret));
        return post("/api/v1/devices", key, bytes(body), MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<String> ownTracks(String device, String secret, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(device, secret);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/devices/owntracks", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> delete(String path, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", key);
        return http.exchange(path, HttpMethod.DELETE, new HttpEntity<>(headers), String.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
