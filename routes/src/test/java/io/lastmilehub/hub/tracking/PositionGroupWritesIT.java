package io.lastmilehub.hub.tracking;

import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.TrackingPosition;
import io.lastmilehub.tracking.DeviceBindings;
import io.lastmilehub.tracking.DeviceReport;
import io.lastmilehub.tracking.TrackedPosition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One group of accepted positions, written as the group commit writes it (a batch per statement in one transaction):
 * devices and vehicle days that have no row yet, several positions of one vehicle, and a position older than the one
 * stored, each land as if written one at a time.
 */
class PositionGroupWritesIT extends HubIntegrationTest {

    private static final Instant NOON = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(12, ChronoUnit.HOURS);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final DeviceBindings.Binding phone = binding("phone", "van-a");
    private final DeviceBindings.Binding tracker = binding("tracker", "van-a");
    private final DeviceBindings.Binding bike = binding("bike", "van-b");
    @Autowired
    private DevicePositions positions;
    @Autowired
    private TelemetryRecorder telemetry;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aGroupWritesEachDevicesNewestPositionAndAddsEveryPositionToItsVehiclesDay() {
        write(List.of(accepted(phone, NOON, 100, 30.0))); // a day counts the distance from its first position on

        write(List.of(
                accepted(tracker, NOON.plusSeconds(10), 50, 140.0), // a new device of a day begun
                accepted(bike, NOON.plusSeconds(20), 20, 15.0), // a new device of a new day
                accepted(phone, NOON.minusSeconds(60), 7, 20.0), // older than the phone's stored position
                accepted(bike, NOON.plusSeconds(30), 25, 18.0))); // the new day again, in the same group

        assertThat(lastTime(phone)).isEqualTo(NOON);
        assertThat(lastTime(tracker)).isEqualTo(NOON.plusSeconds(10));
        assertThat(lastTime(bike)).isEqualTo(NOON.plusSeconds(30));
        assertThat(day("van-a")).containsEntry("positions", 3L).containsEntry("distance_meters", 57.0)
                .containsEntry("max_speed_kmh", 140.0).containsEntry("harsh_speed_events", 1);
        assertThat(day("van-b")).containsEntry("positions", 2L).containsEntry("distance_meters", 25.0)
                .containsEntry("harsh_speed_events", 0);
    }

    private void write(List<AcceptedPosition> group) {
        transactions.executeWithoutResult(status -> {
            positions.storeAll(group);
            telemetry.positionsAccepted(group);
        });
    }

    private Instant lastTime(DeviceBindings.Binding device) {
        return positions.lastOf("track", device.deviceId()).orElseThrow().getTime();
    }

    private Map<String, Object> day(String vehicle) {
        return jdbc.queryForMap("SELECT positions, distance_meters, max_speed_kmh, harsh_speed_events "
                + "FROM report_vehicle_day WHERE tenant = 'track' AND vehicle_id = ?", vehicle + "-" + run);
    }

    private DeviceBindings.Binding binding(String device, String vehicle) {
        return new DeviceBindings.Binding(device + "-" + run, "track", vehicle + "-" + run, null);
    }

    private static AcceptedPosition accepted(DeviceBindings.Binding device, Instant at, double distance,
                                             double speedKmh) {
        TrackingPosition fix = TrackingPosition.builder().tenant(device.tenant()).deviceId(device.deviceId())
                .vehicleId(device.vehicleId()).time(at).speedKmh(speedKmh)
                .location(GeoPoint.builder().latitude(45.42).longitude(-75.69).build()).build();
        TrackedPosition tracked = new TrackedPosition(fix, true, List.of(), distance, distance, true, List.of());
        return new AcceptedPosition(device, new DeviceReport(device.deviceId(), at, fix, true, List.of(), Map.of()),
                tracked, CanonicalJson.toJson(fix));
    }
}
