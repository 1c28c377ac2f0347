package io.lastmilehub.hub.tracking;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Stores the newest live ETA of each order ({@code order_eta}), one row per order. A row is only replaced by the ETA
 * of a position at least as new as the one it holds, in plain conditional statements: devices of one vehicle
 * reporting at once (on one or several hub instances) never fail on each other, and an older position that arrives
 * late never overwrites a newer one. Rows are written in order id order, so two such writers never deadlock.
 */
@Component
public class EtaStore {

    private static final String UPDATE = "UPDATE order_eta SET plan_id = ?, vehicle_id = ?, stop_sequence = ?, "
            + "stops_before = ?, planned_eta = ?, eta = ?, vehicle_lat = ?, vehicle_lon = ?, position_time = ? "
            + "WHERE order_id = ? AND position_time <= ?";
    /** A first ETA, for an order still in the database (a plan may name orders since removed). */
    private static final String INSERT = "INSERT INTO order_eta (plan_id, vehicle_id, stop_sequence, stops_before, "
            + "planned_eta, eta, vehicle_lat, vehicle_lon, position_time, order_id, tenant) "
            + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM delivery_order WHERE id = ?) "
            + "ON CONFLICT DO NOTHING";

    private final JdbcTemplate jdbc;

    public EtaStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the ETAs, in the caller's transaction.
     *
     * @return those stored; left out: orders not in the database, and orders whose row holds a newer position
     */
    public List<EtaUpdate> store(List<EtaUpdate> etas) {
        List<EtaUpdate> ordered = etas.stream().sorted(Comparator.comparing(EtaUpdate::orderId)).toList();
        int[] updated = jdbc.batchUpdate(UPDATE, ordered.stream()
                .map(eta -> row(eta, timestamp(eta.positionTime()))).toList());
        List<EtaUpdate> stored = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            EtaUpdate eta = ordered.get(i);
            if (updated[i] > 0 || jdbc.update(INSERT, row(eta, eta.tenant(), eta.orderId())) > 0) {
                stored.add(eta);
            }
        }
        return stored;
    }

    /** The values the statements set, then the order id, then the extra arguments. */
    private static Object[] row(EtaUpdate eta, Object... extra) {
        Object[] values = {eta.planId(), eta.vehicleId(), eta.stopSequence(), eta.stopsBefore(),
                timestamp(eta.plannedEta()), timestamp(eta.eta()), eta.vehicleLocation().getLatitude(),
                eta.vehicleLocation().getLongitude(), timestamp(eta.positionTime()), eta.orderId()};
        Object[] all = Arrays.copyOf(values, values.length + extra.length);
        System.arraycopy(extra, 0, all, values.length, extra.length);
        return all;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
