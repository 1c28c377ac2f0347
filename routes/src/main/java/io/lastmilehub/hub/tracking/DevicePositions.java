package io.lastmilehub.hub.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.planning.VehiclePositions;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.TrackingPosition;
import io.lastmilehub.tracking.DeviceBindings;
import io.lastmilehub.tracking.TrackedPosition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The last position the tracking chain accepted from each device (table {@code device_position}), whichever hub
 * instance took it: where a re-plan starts the vehicle, what the device views show, and what the device's next report
 * is checked against after a restart or on another instance. A position older than the one stored is not stored.
 */
@Component
public class DevicePositions implements VehiclePositions {

    /** The columns of a row but its key and time, in the order {@link #storeAll} binds them. */
    private static final String COLUMNS = "tenant, vehicle_id, valid_fix, odometer_meters, moving, position";
    /** Replaces the device's row with a position at least as new. */
    private static final String REPLACE_OLDER = "UPDATE device_position SET tenant = ?, vehicle_id = ?, valid_fix = ?, "
            + "odometer_meters = ?, moving = ?, position = ?, position_time = ? WHERE device_id = ? "
            + "AND position_time <= ?";
    /** A device's first row; nothing when another instance inserted it a moment ago. */
    private static final String INSERT_NEW = "INSERT INTO device_position (" + COLUMNS + ", position_time, device_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private final JdbcTemplate jdbc;

    public DevicePositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps each position as its device's last, unless a newer one is stored already: one batch of updates, then an
     * insert for each device that has no row yet.
     */
    public void storeAll(List<AcceptedPosition> accepted) {
        List<Object[]> rows = accepted.stream().map(DevicePositions::rowOf).toList();
        int[] replaced = jdbc.batchUpdate(REPLACE_OLDER, rows);
        for (int i = 0; i < rows.size(); i++) {
            // no duplicate-key error: in a transaction on PostgreSQL it would fail every later statement of it
            if (replaced[i] == 0 && jdbc.update(INSERT_NEW, Arrays.copyOf(rows.get(i), 8)) == 0) {
                jdbc.update(REPLACE_OLDER, rows.get(i)); // newer, or stored by another instance a moment ago
            }
        }
    }

    /** The values of {@link #REPLACE_OLDER}; its first eight are those of {@link #INSERT_NEW}. */
    private static Object[] rowOf(AcceptedPosition accepted) {
        TrackedPosition tracked = accepted.position();
        DeviceBindings.Binding device = accepted.device();
        OffsetDateTime time = tracked.position().getTime().atOffset(ZoneOffset.UTC);
        return new Object[] {device.tenant(), device.vehicleId(), tracked.validFix(), tracked.odometerMeters(),
            tracked.moving(), accepted.positionJson(), time, device.deviceId(), time};
    }

    /** The device's last position, if it was taken while the device was bound as it is now. */
    public Optional<TrackedPosition> last(DeviceBindings.Binding device) {
        return boundAsNow(device, jdbc.query("SELECT " + COLUMNS + " FROM device_position WHERE device_id = ?",
                DevicePositions::tracked, device.deviceId()));
    }

    /**
     * The device's last position if it is newer than the time given (another instance took it, or this one before a
     * restart) and was taken while the device was bound as it is now. Usually there is none, and nothing is parsed.
     */
    public Optional<TrackedPosition> newerThan(DeviceBindings.Binding device, Instant time) {
        return boundAsNow(device, jdbc.query("SELECT " + COLUMNS + " FROM device_position WHERE device_id = ? "
                + "AND position_time > ?", DevicePositions::tracked, device.deviceId(), time.atOffset(ZoneOffset.UTC)));
    }

    private static Optional<TrackedPosition> boundAsNow(DeviceBindings.Binding device, List<TrackedPosition> rows) {
        return first(rows).filter(last -> device.tenant().equals(last.position().getTenant())
                && device.vehicleId().equals(last.position().getVehicleId()));
    }

    /** The device's last position; empty when it has not reported, or is another tenant's. */
    public Optional<TrackingPosition> lastOf(String tenant, String deviceId) {
        return first(jdbc.query("SELECT " + COLUMNS + " FROM device_position WHERE device_id = ? AND tenant = ?",
                DevicePositions::tracked, deviceId, tenant)).map(TrackedPosition::position);
    }

    /** The vehicle's last position from any of its devices. */
    @Override
    public Optional<GeoPoint> latest(String tenant, String vehicleId) {
        return first(jdbc.query("SELECT " + COLUMNS + " FROM device_position WHERE tenant = ? AND vehicle_id = ? "
                        + "ORDER BY position_time DESC LIMIT 1", DevicePositions::tracked, tenant, vehicleId))
                .map(last -> last.position().getLocation());
    }

    private static Optional<TrackedPosition> first(List<TrackedPosition> rows) {
        return rows.stream().findFirst();
    }

    private static TrackedPosition tracked(ResultSet row, int number) throws SQLException {
        TrackingPosition position;
        try {
            position = CanonicalJson.fromJson(row.getString("position").getBytes(StandardCharsets.UTF_8),
                    TrackingPosition.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("device_position.position: not a TrackingPosition", e);
        }
        return new TrackedPosition(position, row.getBoolean("valid_fix"), List.of(), 0,
                row.getDouble("odometer_meters"), row.getBoolean("moving"), List.of());
    }
}
