package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.reporting.KpiReport.OrderRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The orders behind a figure: the fact rows its condition selects, in the order of the days' routes. */
@Component
class KpiOrders {

    private final NamedParameterJdbcTemplate jdbc;

    KpiOrders(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param reason for failed attempts the attempt's reason code, for set-aside orders the planner's; null for all
     */
    List<OrderRow> behind(Kpi kpi, KpiFilter filter, String reason, int limit) {
        StringBuilder sql = new StringBuilder("SELECT f.*, ").append(kpi.minutes()).append(" AS minutes FROM (")
                .append(Facts.sql(filter)).append(") f WHERE ").append(kpi.condition());
        Map<String, Object> parameters = filter.parameters();
        if (reason != null && kpi == Kpi.FAILED_ATTEMPTS) {
            sql.append(" AND EXISTS (SELECT 1 FROM status_event e WHERE e.order_id = f.order_id AND e.status = "
                    + "'FAILED_ATTEMPT' AND e.reason_code = :reason AND e.occurred_at >= f.day_start "
                    + "AND e.occurred_at < f.day_end)");
        } else if (reason != null && kpi == Kpi.SET_ASIDE) {
            sql.append(" AND f.unassigned_reason = :reason");
        }
        parameters.put("reason", reason);
        parameters.put("limit", limit);
        sql.append(" ORDER BY f.planning_date, f.vehicle_id, f.stop_sequence, f.order_id FETCH FIRST :limit ROWS ONLY");
        return jdbc.query(sql.toString(), parameters, (rs, n) -> new OrderRow(rs.getString("order_id"),
                "/api/v1/orders/" + rs.getString("order_id"), rs.getObject("planning_date", LocalDate.class),
                rs.getString("depot_id"), rs.getString("vehicle_id"), rs.getString("driver_id"),
                (Integer) rs.getObject("stop_sequence"), rs.getString("source_system"),
                KpiQueries.instant(rs, "received_at"), KpiQueries.instant(rs, "window_start"),
                KpiQueries.instant(rs, "window_end"), KpiQueries.instant(rs, "planned_arrival"),
                KpiQueries.instant(rs, "out_at"), KpiQueries.instant(rs, "delivered_at"),
                KpiQueries.instant(rs, "failed_at"), rs.getLong("failures"), rs.getString("unassigned_reason"),
                rs.getString("vehicle_type"), KpiReport.round(KpiQueries.decimal(rs, "cost"), 2),
                rs.getString("currency"), KpiReport.round(KpiQueries.decimal(rs, "co2_grams"), 1),
                KpiReport.round(KpiQueries.decimal(rs, "minutes"), 2)));
    }
}
