package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.planning.PlanEntity;
import io.lastmilehub.hub.planning.StoredPlans;
import io.lastmilehub.hub.reporting.TodayReport.RouteToday;
import io.lastmilehub.hub.reporting.TodayReport.StopToday;
import io.lastmilehub.model.Depot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Today's routes of a tenant's depots from the reporting rows ({@code report_stop}) of the newest plan of today, with
 * the day's status events and the live ETAs of tracked routes ({@code order_eta}). A stop an older plan of the day
 * had and the newest left out counts only when it was attempted today (done before the re-plan); one left out for
 * another reason (cancelled, moved to another day) is no longer on a route.
 */
@Component
public class TodaysOperation {

    private static final String SQL = "SELECT s.vehicle_id, s.driver_id, s.order_id, s.stop_sequence, "
            + "s.window_start, s.window_end, s.planned_arrival, o.status, t.eta AS live_eta, t.position_time, "
            + "(SELECT MIN(e.occurred_at) " + Facts.DAY_EVENT.formatted("DELIVERED") + ") AS delivered_at, "
            + "(SELECT MIN(e.occurred_at) " + Facts.DAY_EVENT.formatted("FAILED_ATTEMPT") + ") AS failed_at "
            + "FROM report_stop s JOIN delivery_order o ON o.id = s.order_id AND o.tenant = s.tenant "
            // Only a live ETA of this vehicle from today's positions: an older one is of another route.
            + "LEFT JOIN order_eta t ON t.order_id = s.order_id AND t.tenant = s.tenant "
            + "AND t.vehicle_id = s.vehicle_id AND t.position_time >= s.day_start AND t.position_time < s.day_end "
            + "WHERE s.tenant = :tenant AND s.depot_id = :depot AND s.planning_date = :day "
            + "AND s.vehicle_id IS NOT NULL AND (s.plan_id = :plan OR EXISTS (SELECT 1 FROM status_event e "
            + "WHERE e.order_id = s.order_id AND e.status IN ('DELIVERED', 'FAILED_ATTEMPT') "
            + "AND e.occurred_at >= s.day_start AND e.occurred_at < s.day_end)) "
            + "ORDER BY s.vehicle_id, s.stop_sequence, s.order_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final FleetRegistry fleets;
    private final StoredPlans plans;
    private final Clock clock;

    TodaysOperation(NamedParameterJdbcTemplate jdbc, FleetRegistry fleets, StoredPlans plans, Clock clock) {
        this.jdbc = jdbc;
        this.fleets = fleets;
        this.plans = plans;
        this.clock = clock;
    }

    /** Today's routes of the tenant's depots, or of the one depot when given (none when it has no such depot). */
    @Transactional(readOnly = true)
    public TodayReport of(String tenant, String depotId) {
        Instant now = clock.instant();
        List<RouteToday> routes = new ArrayList<>();
        for (Depot depot : fleets.fleetOf(tenant).depots()) {
            if (depotId == null || depotId.equals(depot.getId())) {
                LocalDate today = now.atZone(ZoneId.of(depot.getZoneId())).toLocalDate();
                plans.newest(tenant, depot.getId(), today)
                        .ifPresent(plan -> routes.addAll(routesOf(tenant, depot.getId(), today, plan, now)));
            }
        }
        return new TodayReport(now, routes);
    }

    private List<RouteToday> routesOf(String tenant, String depot, LocalDate day, PlanEntity plan, Instant now) {
        Map<String, List<Row>> byVehicle = new LinkedHashMap<>();
        jdbc.query(SQL, Map.of("tenant", tenant, "depot", depot, "day", day, "plan", plan.getId()), rs -> {
            byVehicle.computeIfAbsent(rs.getString("vehicle_id"), v -> new ArrayList<>()).add(row(rs, now));
        });
        return byVehicle.entrySet().stream().map(route -> {
            List<Row> rows = route.getValue();
            List<StopToday> stops = rows.stream().map(Row::stop).toList();
            int done = (int) stops.stream().filter(s -> s.deliveredAt() != null || s.failedAt() != null).count();
            String driver = rows.stream().map(Row::driverId).filter(Objects::nonNull).findFirst().orElse(null);
            Instant lastPosition = rows.stream().map(Row::positionTime).filter(Objects::nonNull)
                    .max(Instant::compareTo).orElse(null);
            return new RouteToday(depot, day, plan.getId(), route.getKey(), driver, stops.size(), done,
                    KpiReport.ratio(done, stops.size(), 4), count(stops, StopFlag.LATE),
                    count(stops, StopFlag.AT_RISK), lastPosition, stops);
        }).toList();
    }

    private static long count(List<StopToday> stops, StopFlag flag) {
        return stops.stream().filter(s -> s.flag() == flag).count();
    }

    private static Row row(ResultSet rs, Instant now) throws SQLException {
        Instant windowEnd = instant(rs, "window_end");
        Instant delivered = instant(rs, "delivered_at");
        Instant failed = instant(rs, "failed_at");
        Instant attempt = failed == null || delivered != null && delivered.isBefore(failed) ? delivered : failed;
        Instant liveEta = instant(rs, "live_eta");
        Instant plannedArrival = instant(rs, "planned_arrival");
        StopFlag flag = StopFlag.of(windowEnd, delivered, attempt,
                Optional.ofNullable(liveEta).orElse(plannedArrival), now);
        return new Row(rs.getString("driver_id"), instant(rs, "position_time"),
                new StopToday(rs.getString("order_id"), rs.getInt("stop_sequence"), instant(rs, "window_start"),
                        windowEnd, plannedArrival, liveEta, rs.getString("status"), delivered, failed, flag));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A stop as read, with what its route needs of the row. */
    private record Row(String driverId, Instant positionTime, StopToday stop) {
    }
}
