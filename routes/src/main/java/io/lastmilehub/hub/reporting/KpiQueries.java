package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.reporting.KpiReport.Arrival;
import io.lastmilehub.hub.reporting.KpiReport.Costs;
import io.lastmilehub.hub.reporting.KpiReport.Durations;
import io.lastmilehub.hub.reporting.KpiReport.Exceptions;
import io.lastmilehub.hub.reporting.KpiReport.FirstAttempt;
import io.lastmilehub.hub.reporting.KpiReport.OnTime;
import io.lastmilehub.hub.reporting.KpiReport.Optimisation;
import io.lastmilehub.hub.reporting.KpiReport.ProofCompleteness;
import io.lastmilehub.hub.reporting.KpiReport.Sequence;
import io.lastmilehub.hub.reporting.KpiReport.VehicleTypeCosts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL aggregations over {@link Facts}: one query per kind of figure, each grouped by period. */
@Component
class KpiQueries {

    private final NamedParameterJdbcTemplate jdbc;

    KpiQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The delivery figures of each period (all but the productivity and the reasons), by period. */
    Map<LocalDate, Figures> figures(KpiFilter filter) {
        String sql = "SELECT " + filter.groupBy().periodSql() + " AS period, "
                + count(Kpi.DELIVERY_TIME) + " AS delivered, " + count(Kpi.DELIVERED_IN_WINDOW) + " AS with_window, "
                + count(Kpi.ON_TIME) + " AS on_time, " + count(Kpi.EARLY) + " AS early, " + count(Kpi.LATE)
                + " AS late, " + sum(Kpi.EARLY) + " AS minutes_early, " + sum(Kpi.LATE) + " AS minutes_late, "
                + count(Kpi.FIRST_ATTEMPT) + " AS first_attempts, " + count(Kpi.FIRST_ATTEMPT_DELIVERED)
                + " AS first_delivered, SUM(f.failures) AS failures, "
                + average(Kpi.DELIVERY_TIME) + " AS dt_avg, " + p90(Kpi.DELIVERY_TIME) + " AS dt_p90, "
                + count(Kpi.OUT_FOR_DELIVERY_TIME) + " AS ofd_count, "
                + average(Kpi.OUT_FOR_DELIVERY_TIME) + " AS ofd_avg, " + p90(Kpi.OUT_FOR_DELIVERY_TIME)
                + " AS ofd_p90, " + count(Kpi.ARRIVAL) + " AS arrivals, " + average(Kpi.ARRIVAL) + " AS arrival_avg, "
                + "AVG(CASE WHEN " + Kpi.ARRIVAL.condition() + " THEN ABS(" + Kpi.ARRIVAL.minutes() + ") END) "
                + "AS arrival_abs, " + count(Kpi.ETA_KEPT) + " AS eta_kept, " + count(Kpi.ZERO_EMISSION)
                + " AS zero_emission, " + count(Kpi.SEQUENCED) + " AS sequenced, " + count(Kpi.IN_SEQUENCE)
                + " AS in_sequence, " + count(Kpi.SET_ASIDE) + " AS set_aside, " + count(Kpi.DELAYED) + " AS delayed, "
                + "SUM(CASE WHEN f.delay_reports > 0 THEN 1 ELSE 0 END) AS reported_delayed, "
                + count(Kpi.COLD_CHAIN_EXCURSION) + " AS excursions, " + count(Kpi.PROOF_REQUIRED)
                + " AS proof_required, " + count(Kpi.PROOF_MISSING) + " AS proof_missing, " + COSTS + " FROM ("
                + Facts.sql(filter) + ") f GROUP BY "
                + filter.groupBy().periodSql();
        Map<LocalDate, Figures> figures = new TreeMap<>();
        jdbc.query(sql, filter.parameters(), rs -> {
            figures.put(rs.getObject("period", LocalDate.class), Figures.of(rs, filter.etaMarginMinutes()));
        });
        return figures;
    }

    /** What optimisation saved on the depots' days, by period; nothing when the filter narrows plans. */
    Map<LocalDate, Optimisation> optimisation(KpiFilter filter) {
        Map<LocalDate, Optimisation> periods = new TreeMap<>();
        if (filter.narrowsPlans()) {
            return periods;
        }
        String period = filter.groupBy().periodSql();
        String sql = "SELECT " + period + " AS period, COUNT(*) AS plans, SUM(f.distance_meters) AS distance, "
                + "SUM(f.unoptimised_distance_meters) AS unoptimised_distance, SUM(f.driving_seconds) AS driving, "
                + "SUM(f.unoptimised_driving_seconds) AS unoptimised_driving FROM report_plan f "
                + "WHERE f.tenant = :tenant AND f.planning_date BETWEEN :from AND :to"
                + (filter.depot() == null ? "" : " AND f.depot_id = :depot") + " GROUP BY " + period;
        jdbc.query(sql, filter.parameters(), rs -> {
            periods.put(rs.getObject("period", LocalDate.class), Optimisation.of(rs.getLong("plans"),
                    rs.getDouble("distance"), rs.getDouble("unoptimised_distance"), rs.getLong("driving"),
                    rs.getLong("unoptimised_driving")));
        });
        return periods;
    }

    /** The stops, deliveries, cost and CO2 of each vehicle type, by period. */
    Map<LocalDate, Map<String, VehicleTypeCosts>> byVehicleType(KpiFilter filter) {
        String period = filter.groupBy().periodSql();
        String sql = "SELECT " + period + " AS period, f.vehicle_type, COUNT(*) AS stops, " + count(Kpi.DELIVERY_TIME)
                + " AS delivered, " + COSTS + " FROM (" + Facts.sql(filter) + ") f WHERE f.vehicle_type IS NOT NULL "
                + "GROUP BY " + period + ", f.vehicle_type";
        Map<LocalDate, Map<String, VehicleTypeCosts>> types = new TreeMap<>();
        jdbc.query(sql, filter.parameters(), rs -> {
            long delivered = rs.getLong("delivered");
            Money money = Money.of(rs);
            types.computeIfAbsent(rs.getObject("period", LocalDate.class), p -> new TreeMap<>())
                    .put(rs.getString("vehicle_type"), new VehicleTypeCosts(rs.getLong("stops"), delivered,
                            money.currency(), money.cost(), money.per(delivered), money.co2GramsPer(delivered),
                            money.distanceKm()));
        });
        return types;
    }

    /** Failed attempts (every FAILED_ATTEMPT event of a counted day) by reason code, by period. */
    Map<LocalDate, Map<String, Long>> failedAttemptsByReason(KpiFilter filter) {
        return countsBy(filter, "COALESCE(e.reason_code, 'NONE')", "JOIN status_event e ON e.order_id = f.order_id "
                + "AND e.status = 'FAILED_ATTEMPT' AND e.occurred_at >= f.day_start AND e.occurred_at < f.day_end");
    }

    /** Orders the newest plan of their day set aside, by the planner's reason, by period. */
    Map<LocalDate, Map<String, Long>> setAsideByReason(KpiFilter filter) {
        return countsBy(filter, "f.unassigned_reason", "WHERE " + Kpi.SET_ASIDE.condition());
    }

    private Map<LocalDate, Map<String, Long>> countsBy(KpiFilter filter, String key, String join) {
        String period = filter.groupBy().periodSql();
        String sql = "SELECT " + period + " AS period, " + key + " AS k, COUNT(*) AS n FROM (" + Facts.sql(filter)
                + ") f " + join + " GROUP BY " + period + ", " + key;
        Map<LocalDate, Map<String, Long>> counts = new TreeMap<>();
        jdbc.query(sql, filter.parameters(), rs -> {
            counts.computeIfAbsent(rs.getObject("period", LocalDate.class), p -> new TreeMap<>())
                    .put(rs.getString("k"), rs.getLong("n"));
        });
        return counts;
    }

    /** The cost columns {@link Money#of} reads: planned cost, CO2 and distance of the stops, and their currency. */
    private static final String COSTS = "COUNT(f.cost) AS costed, SUM(f.cost) AS cost, MIN(f.currency) AS currency, "
            + "COUNT(DISTINCT f.currency) AS currencies, SUM(f.co2_grams) AS co2, SUM(f.distance_meters) AS distance";

    static String count(Kpi kpi) {
        return "SUM(CASE WHEN " + kpi.condition() + " THEN 1 ELSE 0 END)";
    }

    private static String sum(Kpi kpi) {
        return "SUM(CASE WHEN " + kpi.condition() + " THEN " + kpi.minutes() + " ELSE 0 END)";
    }

    private static String average(Kpi kpi) {
        return "AVG(CASE WHEN " + kpi.condition() + " THEN " + kpi.minutes() + " END)";
    }

    /** The 90th percentile: the smallest value at or above which 90 % of the values lie (no interpolation). */
    private static String p90(Kpi kpi) {
        return "PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY CASE WHEN " + kpi.condition() + " THEN "
                + kpi.minutes() + " END)";
    }

    static Double decimal(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** One period's row of {@link #figures}. */
    record Figures(OnTime onTime, long firstAttempts, long firstDelivered, long failures, Durations delivery,
                   Durations outForDelivery, Arrival arrival, Costs costs, Sequence sequence, Exceptions exceptions,
                   ProofCompleteness proof) {

        static Figures of(ResultSet rs, int etaMargin) throws SQLException {
            long early = rs.getLong("early");
            long late = rs.getLong("late");
            double minutesEarly = rs.getDouble("minutes_early");
            double minutesLate = rs.getDouble("minutes_late");
            long withWindow = rs.getLong("with_window");
            OnTime onTime = new OnTime(rs.getLong("delivered"), withWindow, rs.getLong("on_time"), early, late,
                    KpiReport.ratio(rs.getLong("on_time"), withWindow, 4), KpiReport.round(minutesEarly, 2),
                    KpiReport.round(minutesLate, 2), KpiReport.ratio(minutesEarly, early, 2),
                    KpiReport.ratio(minutesLate, late, 2));
            long delivered = rs.getLong("delivered");
            long arrivals = rs.getLong("arrivals");
            Money money = Money.of(rs);
            Costs costs = new Costs(rs.getLong("costed"), money.currency(), money.cost(), money.per(delivered),
                    money.co2Grams() == null ? null : KpiReport.round(money.co2Grams() / 1000, 3),
                    money.co2GramsPer(delivered), money.distanceKm(), rs.getLong("zero_emission"),
                    KpiReport.ratio(rs.getLong("zero_emission"), delivered, 4));
            return new Figures(onTime, rs.getLong("first_attempts"), rs.getLong("first_delivered"),
                    rs.getLong("failures"),
                    new Durations(rs.getLong("delivered"), KpiReport.round(decimal(rs, "dt_avg"), 2),
                            KpiReport.round(decimal(rs, "dt_p90"), 2)),
                    new Durations(rs.getLong("ofd_count"), KpiReport.round(decimal(rs, "ofd_avg"), 2),
                            KpiReport.round(decimal(rs, "ofd_p90"), 2)),
                    new Arrival(arrivals, KpiReport.round(decimal(rs, "arrival_avg"), 2),
                            KpiReport.round(decimal(rs, "arrival_abs"), 2), etaMargin, rs.getLong("eta_kept"),
                            KpiReport.ratio(rs.getLong("eta_kept"), arrivals, 4)), costs, sequence(rs),
                    new Exceptions(rs.getLong("set_aside"), rs.getLong("delayed"), late, rs.getLong("reported_delayed"),
                            rs.getLong("excursions")),
                    proof(rs.getLong("proof_required"), rs.getLong("proof_missing")));
        }

        private static Sequence sequence(ResultSet rs) throws SQLException {
            long sequenced = rs.getLong("sequenced");
            return new Sequence(sequenced, rs.getLong("in_sequence"),
                    KpiReport.ratio(rs.getLong("in_sequence"), sequenced, 4));
        }

        static ProofCompleteness proof(long required, long missing) {
            return new ProofCompleteness(required, missing, KpiReport.ratio(required - missing, required, 4));
        }

        FirstAttempt firstAttempt(Map<String, Long> byReason) {
            return new FirstAttempt(firstAttempts, firstDelivered, KpiReport.ratio(firstDelivered, firstAttempts, 4),
                    failures, byReason);
        }
    }

    /**
     * The cost columns of one group: amounts only when some stop was costed and all in one currency, as the hub
     * converts none.
     */
    record Money(String currency, Double cost, Double co2Grams, Double distanceKm) {

        static Money of(ResultSet rs) throws SQLException {
            boolean costed = rs.getLong("costed") > 0;
            boolean oneCurrency = rs.getLong("currencies") == 1;
            Double distance = decimal(rs, "distance");
            return new Money(oneCurrency ? rs.getString("currency") : null,
                    costed && oneCurrency ? KpiReport.round(decimal(rs, "cost"), 2) : null,
                    costed ? decimal(rs, "co2") : null, distance == null ? null : KpiReport.round(distance / 1000, 2));
        }

        Double per(long deliveries) {
            return cost == null ? null : KpiReport.ratio(cost, deliveries, 2);
        }

        Double co2GramsPer(long deliveries) {
            return co2Grams == null ? null : KpiReport.ratio(co2Grams, deliveries, 1);
        }
    }
}
