package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.reporting.KpiReport.DriverDay;
import io.lastmilehub.hub.reporting.KpiReport.Productivity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deliveries per driver per day, and stops per hour on the road: a driver's time on the road runs from the first
 * OUT_FOR_DELIVERY of the day's stops to the last attempt (delivered or failed).
 */
@Component
class DriverDays {

    private static final String DRIVER = "COALESCE(f.driver_id, f.vehicle_id)";

    private final NamedParameterJdbcTemplate jdbc;

    DriverDays(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The driver days with at least one attempted stop, by day and driver. */
    List<DriverDay> of(KpiFilter filter) {
        String period = filter.groupBy().periodSql();
        String sql = "SELECT " + period + " AS period, f.planning_date, " + DRIVER + " AS driver, "
                + "MIN(f.vehicle_id) AS vehicle, SUM(CASE WHEN f.delivered_at IS NOT NULL THEN 1 ELSE 0 END) AS "
                + "deliveries, COUNT(f.attempt_at) AS stops, MIN(f.out_at) AS first_out, "
                + "MAX(f.attempt_at) AS last_attempt FROM (" + Facts.sql(filter) + ") f "
                + "WHERE f.vehicle_id IS NOT NULL AND f.attempt_at IS NOT NULL "
                + "GROUP BY " + period + ", f.planning_date, " + DRIVER + " ORDER BY f.planning_date, driver";
        return jdbc.query(sql, filter.parameters(), (rs, n) -> {
            Instant firstOut = KpiQueries.instant(rs, "first_out");
            Instant lastAttempt = KpiQueries.instant(rs, "last_attempt");
            long stops = rs.getLong("stops");
            Double hours = firstOut == null || !lastAttempt.isAfter(firstOut) ? null
                    : Duration.between(firstOut, lastAttempt).toSeconds() / 3600.0;
            return new DriverDay(rs.getObject("period", LocalDate.class),
                    rs.getObject("planning_date", LocalDate.class), rs.getString("driver"), rs.getString("vehicle"),
                    rs.getLong("deliveries"), stops, firstOut, lastAttempt, KpiReport.round(hours, 2),
                    hours == null ? null : KpiReport.ratio(stops, hours, 2));
        });
    }

    /** A period's productivity from its driver days; stops per hour only over the days with a time on the road. */
    static Productivity productivity(List<DriverDay> days) {
        long deliveries = days.stream().mapToLong(DriverDay::deliveries).sum();
        double hours = days.stream().filter(d -> d.hoursOnRoad() != null)
                .mapToDouble(d -> Duration.between(d.firstOutForDelivery(), d.lastAttempt()).toSeconds() / 3600.0)
                .sum();
        long timedStops = days.stream().filter(d -> d.hoursOnRoad() != null).mapToLong(DriverDay::stops).sum();
        return new Productivity(days.size(), deliveries, KpiReport.ratio(deliveries, days.size(), 2),
                days.stream().mapToLong(DriverDay::stops).sum(), KpiReport.round(hours, 2),
                KpiReport.ratio(timedStops, hours, 2));
    }
}
