package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import io.lastmilehub.hub.tracking.TrackingService;
import io.micrometer.core.instrument.MeterRegistry;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Device feeds beyond the phone apps: NMEA sentences and GPX tracks on {@code /devices/<protocol>} with the device's
 * credentials, a flespi ident with a colon bound through the device API, and fixes older than the device's last
 * counted rather than silently dropped.
 */
class DeviceFeedsIT extends HubIntegrationTest {

    private static final String SECRET = "a-long-enough-device-secret";
    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    private MeterRegistry meters;

    @Test
    void nmeaSentencesOfABoundDeviceArePublishedAsItsPositions_aBadChecksumIsRefusedNamingTheSentence()
            throws Exception {
        bind("nmea-logger-1", "van-1");
        Instant fix = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
        String time = DateTimeFormatter.ofPattern("HHmmss.SS").withZone(ZoneOffset.UTC).format(fix);
        String date = DateTimeFormatter.ofPattern("ddMMyy").withZone(ZoneOffset.UTC).format(fix);
        String rmc = sentence("GPRMC," + time + ",A,4525.4160,N,07542.0540,W,12.5,87.0," + date + ",,,A");
        String gga = sentence("GPGGA," + time + ",4525.4160,N,07542.0540,W,1,09,0.9,71.2,M,-34.1,M,,");

        try (TopicRecorder positions = new TopicRecorder("lastmile.positions")) {
            ResponseEntity<String> answer = device("nmea", "nmea-logger-1", rmc + "\r\n" + gga + "\r\n");

            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode position = await().atMost(Duration.ofSeconds(5)).until(() -> positions.documentsWhere(
                    "deviceId", "nmea-logger-1"), list -> !list.isEmpty()).get(0);
            assertThat(position.path("vehicleId").asText()).isEqualTo("van-1");
            assertThat(position.path("location").path("latitude").asDouble()).isCloseTo(45.4236, within(1e-6));
            assertThat(position.path("altitudeMeters").asDouble()).isEqualTo(71.2);
        }
        ResponseEntity<String> broken = device("nmea", "nmea-logger-1", rmc.substring(0, rmc.length() - 2) + "00");
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(broken.getBody()).contains("line 1 ($GPRMC) has checksum 00");
    }

    @Test
    void aGpxTrackOfABoundDeviceIsPublishedPointByPoint() throws Exception {
        bind("gpx-logger-1", "van-2");
        Instant start = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);
        String gpx = "<?xml version=\"1.0\"?><gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                + "<trk><trkseg>" + point(45.4230, -75.7010, start) + point(45.4240, -75.7000, start.plusSeconds(60))
                + "</trkseg></trk></gpx>";

        try (TopicRecorder positions = new TopicRecorder("lastmile.positions")) {
            assertThat(device("gpx", "gpx-logger-1", gpx).getStatusCode()).isEqualTo(HttpStatus.OK);

            await().atMost(Duration.ofSeconds(5)).until(() -> positions.documentsWhere("deviceId", "gpx-logger-1")
                    .size() == 2);
        }
    }

    @Test
    void aFlespiIdentWithAColonBindsAndReports_andAFixOlderThanTheLastIsCounted() throws Exception {
        String ident = "353173065123456:2";
        assertThat(bind(ident, "van-2").getStatusCode().is2xxSuccessful()).isTrue();
        long now = Instant.now().getEpochSecond();
        double before = meters.counter(TrackingService.OUT_OF_ORDER, "tenant", "track").count();

        try (TopicRecorder positions = new TopicRecorder("lastmile.positions")) {
            assertThat(flespi(ident, now - 60).getStatusCode()).isEqualTo(HttpStatus.OK);
            await().atMost(Duration.ofSeconds(5)).until(() -> !positions.documentsWhere("deviceId", ident).isEmpty());
        }
        assertThat(flespi(ident, now - 120).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(meters.counter(TrackingService.OUT_OF_ORDER, "tenant", "track").count()).isEqualTo(before + 1);
    }

    private ResponseEntity<String> flespi(String ident, long timestamp) {
        String message = "[{\"ident\":\"" + ident + "\",\"timestamp\":" + timestamp + ",\"position.latitude\":45.42,"
                + "\"position.longitude\":-75.70,\"position.valid\":true}]";
        return post("/api/v1/telematics/flespi", TRACK_KEY, message.getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<String> bind(String id, String vehicleId) throws Exception {
        return post("/api/v1/devices", TRACK_KEY, json.writeValueAsBytes(Map.of("id", id, "vehicleId", vehicleId,
                "secret", SECRET)), MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<String> device(String protocol, String device, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(device, SECRET);
        headers.setContentType(MediaType.TEXT_PLAIN);
        return http.exchange("/devices/" + protocol, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static String point(double lat, double lon, Instant time) {
        return "<trkpt lat=\"" + lat + "\" lon=\"" + lon + "\"><ele>70</ele><time>" + time + "</time></trkpt>";
    }

    /** {@code $<body>*<checksum>}. */
    private static String sentence(String body) {
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        return "$" + body + "*" + String.format("%02X", sum);
    }
}
