package io.lastmilehub.hub.tracking;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.TrackingPosition;
import io.lastmilehub.tracking.DeviceProtocols;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A device's last position as another hub instance, or this one after a restart, finds it: from the database, not
 * from the memory of the instance that took the report. The other instance is a fresh {@link DevicePositions} or a
 * fresh {@link TrackingService} on the same database.
 */
class DevicePositionsIT extends HubIntegrationTest {

    private final ObjectMapper json = new ObjectMapper();
    private final String device = "358" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private AutowireCapableBeanFactory beans;
    @Autowired
    private DeviceProtocols protocols;
    @Autowired
    private MeterRegistry meters;

    @Test
    void whenADeviceReported_anotherInstanceShouldShowItsLastPositionAndStartTheVehicleThere() throws Exception {
        bind("cargo-bike-1");
        Instant fix = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);

        assertThat(report(fix, 45.4321, -75.6789).getStatusCode()).isEqualTo(HttpStatus.OK);

        DevicePositions otherInstance = new DevicePositions(jdbc);
        TrackingPosition last = otherInstance.lastOf("track", device).orElseThrow();
        assertThat(last.getTime()).isEqualTo(fix);
        assertThat(last.getVehicleId()).isEqualTo("cargo-bike-1");
        assertThat(last.getLocation().getLatitude()).isEqualTo(45.4321);
        assertThat(otherInstance.lastOf("demo", device)).isEmpty();
        assertThat(otherInstance.latest("track", "cargo-bike-1")).map(GeoPoint::getLongitude).contains(-75.6789);
    }

    @Test
    void whenAnotherInstanceTakesTheDevicesNextReport_itShouldCarryOnFromTheLastPositionStored() throws Exception {
        bind("cargo-bike-1");
        long now = Instant.now().getEpochSecond();
        assertThat(report(Instant.ofEpochSecond(now - 60), 45.42, -75.70).getStatusCode()).isEqualTo(HttpStatus.OK);
        double outOfOrder = meters.counter(TrackingService.OUT_OF_ORDER, "tenant", "track").count();

        TrackingService otherInstance = beans.createBean(TrackingService.class);
        int accepted = otherInstance.acceptStream(protocols.get("flespi"), "track",
                flespi(Instant.ofEpochSecond(now - 120), 45.41, -75.71));

        assertThat(accepted).isZero();
        assertThat(meters.counter(TrackingService.OUT_OF_ORDER, "tenant", "track").count())
                .isEqualTo(outOfOrder + 1);
        assertThat(new DevicePositions(jdbc).lastOf("track", device).orElseThrow().getTime())
                .isEqualTo(Instant.ofEpochSecond(now - 60));
    }

    private void bind(String vehicleId) throws Exception {
        assertThat(post("/api/v1/devices", TRACK_KEY, json.writeValueAsBytes(Map.of("id", device, "vehicleId",
                vehicleId, "secret", "a-long-enough-device-secret")), MediaType.APPLICATION_JSON)
                .getStatusCode().is2xxSuccessful()).isTrue();
    }

    private ResponseEntity<String> report(Instant at, double lat, double lon) {
        return post("/api/v1/telematics/flespi", TRACK_KEY, flespi(at, lat, lon).getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_JSON);
    }

    private String flespi(Instant at, double lat, double lon) {
        return "[{\"ident\":\"" + device + "\",\"timestamp\":" + at.getEpochSecond() + ",\"position.latitude\":"
                + lat + ",\"position.longitude\":" + lon + ",\"position.valid\":true}]";
    }
}
