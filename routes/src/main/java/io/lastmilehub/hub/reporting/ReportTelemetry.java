package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.config.Fleet;
import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.tracking.AcceptedPosition;
import io.lastmilehub.hub.tracking.TelemetryRecorder;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.tracking.DeviceCounters;
import io.lastmilehub.tracking.TrackedPosition;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds each accepted position to its vehicle's day ({@code report_vehicle_day}, the day in the zone of the vehicle's
 * depot): the distance the chain measured from the previous position, the device's own odometer and fuel counter
 * where it reports them, the top speed and the passages above {@code lastmile.reporting.harsh-speed-kmh}; and keeps
 * the exceptions the tracking stage raises ({@code report_exception}).
 */
@Component
class ReportTelemetry implements TelemetryRecorder {

    private static final String UPDATE = "UPDATE report_vehicle_day SET positions = positions + 1, "
            + "distance_meters = distance_meters + ?, first_at = LEAST(first_at, ?), last_at = GREATEST(last_at, ?), "
            + "odometer_first_meters = COALESCE(odometer_first_meters, ?), "
            + "odometer_last_meters = COALESCE(?, odometer_last_meters), "
            + "fuel_first_litres = COALESCE(fuel_first_litres, ?), fuel_last_litres = COALESCE(?, fuel_last_litres), "
            + "max_speed_kmh = GREATEST(max_speed_kmh, ?), harsh_speed_events = harsh_speed_events + CASE WHEN ? = 1 "
            + "AND COALESCE(last_speed_kmh, 0) <= ? THEN 1 ELSE 0 END, last_speed_kmh = COALESCE(?, last_speed_kmh) "
            + "WHERE tenant = ? AND vehicle_id = ? AND planning_date = ?";
    private static final int[] UPDATE_TYPES = {Types.DOUBLE, Types.TIMESTAMP, Types.TIMESTAMP, Types.DOUBLE,
            Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.INTEGER, Types.DOUBLE, Types.DOUBLE,
            Types.VARCHAR, Types.VARCHAR, Types.DATE};
    private static final String INSERT = "INSERT INTO report_vehicle_day (tenant, vehicle_id, planning_date, "
            + "positions, distance_meters, first_at, last_at, odometer_first_meters, odometer_last_meters, "
            + "fuel_first_litres, fuel_last_litres, max_speed_kmh, last_speed_kmh, harsh_speed_events) "
            + "VALUES (?, ?, ?, 1, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final int[] INSERT_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.TIMESTAMP,
            Types.TIMESTAMP, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE,
            Types.INTEGER};

    private final JdbcTemplate jdbc;
    private final FleetRegistry fleets;
    private final ReportingProperties properties;
    /**
     * Each vehicle's zone, looked up once: the fleet files are read at start-up and fixed, and every accepted position
     * asks, on the one thread that writes them ({@code GroupCommit}).
     */
    private final Map<TenantVehicle, ZoneId> zones = new ConcurrentHashMap<>();

    ReportTelemetry(JdbcTemplate jdbc, FleetRegistry fleets, ReportingProperties properties) {
        this.jdbc = jdbc;
        this.fleets = fleets;
        this.properties = properties;
    }

    /** One batch of updates of the vehicles' days, then each day that has no row yet is begun. */
    @Override
    public void positionsAccepted(List<AcceptedPosition> positions) {
        List<DayRow> rows = positions.stream().map(this::dayRow).toList();
        int[] updated = jdbc.batchUpdate(UPDATE, rows.stream().map(DayRow::update).toList(), UPDATE_TYPES);
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0 && jdbc.update(INSERT, rows.get(i).insert(), INSERT_TYPES) == 0) {
                jdbc.update(UPDATE, rows.get(i).update(), UPDATE_TYPES); // another instance began the day first
            }
        }
    }

    private DayRow dayRow(AcceptedPosition accepted) {
        String tenant = accepted.device().tenant();
        String vehicleId = accepted.device().vehicleId();
        TrackedPosition position = accepted.position();
        Instant time = position.position().getTime();
        Timestamp at = Timestamp.from(time);
        Date day = Date.valueOf(dayOf(tenant, vehicleId, time));
        Double odometer = DeviceCounters.odometerMeters(accepted.report());
        Double fuel = DeviceCounters.fuelLitres(accepted.report());
        Double speed = position.position().getSpeedKmh();
        int over = speed != null && speed > properties.harshSpeedKmh() ? 1 : 0;
        return new DayRow(new Object[] {position.distanceMeters(), at, at, odometer, odometer, fuel, fuel, speed, over,
            properties.harshSpeedKmh(), speed, tenant, vehicleId, day},
                new Object[] {tenant, vehicleId, day, at, at, odometer, odometer, fuel, fuel, speed, speed, over});
    }

    /** The values of a position's {@link #UPDATE} of its vehicle's day, and of the {@link #INSERT} that begins it. */
    private record DayRow(Object[] update, Object[] insert) {
    }

    @Override
    public void exceptionRaised(DeliveryStatusEvent event) {
        jdbc.update("INSERT INTO report_exception (id, tenant, order_id, reason_code, vehicle_id, occurred_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), event.getTenant(),
                event.getOrderId(), event.getReasonCode() == null ? "NONE" : event.getReasonCode().name(),
                event.getVehicleId(), Timestamp.from(event.getOccurredAt()));
    }

    /** The day of the vehicle's depot at that instant. */
    private LocalDate dayOf(String tenant, String vehicleId, Instant time) {
        ZoneId zone = zones.computeIfAbsent(new TenantVehicle(tenant, vehicleId), this::zoneOf);
        return time.atZone(zone).toLocalDate();
    }

    /** The zone of the vehicle's depot; UTC for a vehicle the fleet file does not place. */
    private ZoneId zoneOf(TenantVehicle vehicle) {
        Fleet fleet = fleets.fleetOf(vehicle.tenant());
        return fleet.vehicles().stream().filter(v -> v.getId().equals(vehicle.vehicleId())).findFirst()
                .map(Vehicle::getDepotId).flatMap(fleet::depot).map(Depot::getZoneId).map(ZoneId::of)
                .orElse(ZoneOffset.UTC);
    }

    private record TenantVehicle(String tenant, String vehicleId) {
    }
}
