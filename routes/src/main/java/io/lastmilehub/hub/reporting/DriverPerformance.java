package io.lastmilehub.hub.reporting;

import static io.lastmilehub.hub.reporting.KpiQueries.count;

import io.lastmilehub.hub.reporting.KpiReport.DriverFigures;
import io.lastmilehub.hub.reporting.KpiReport.ProofCompleteness;
import io.lastmilehub.hub.reporting.KpiReport.RouteFigures;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each driver's figures over the filter's days, from the same fact rows and conditions as the period KPIs. */
@Component
public class DriverPerformance {

    private static final String DRIVER = "COALESCE(f.driver_id, f.vehicle_id)";

    private final NamedParameterJdbcTemplate jdbc;
    private final DrivenRoutes routes;

    DriverPerformance(NamedParameterJdbcTemplate jdbc, DrivenRoutes routes) {
        this.jdbc = jdbc;
        this.routes = routes;
    }

    /** The drivers with at least one planned stop, by name. */
    @Transactional(readOnly = true)
    public List<DriverFigures> of(KpiFilter filter) {
        String sql = "SELECT " + DRIVER + " AS driver, COUNT(DISTINCT f.planning_date) AS days, COUNT(*) AS stops, "
                + count(Kpi.DELIVERY_TIME) + " AS delivered, " + count(Kpi.DELIVERED_IN_WINDOW) + " AS with_window, "
                + count(Kpi.ON_TIME) + " AS on_time, " + count(Kpi.FIRST_ATTEMPT) + " AS first_attempts, "
                + count(Kpi.FIRST_ATTEMPT_DELIVERED) + " AS first_delivered, " + count(Kpi.ARRIVAL) + " AS arrivals, "
                + count(Kpi.ETA_KEPT) + " AS eta_kept, " + count(Kpi.WITH_PROOF) + " AS with_proof, "
                + count(Kpi.PROOF_REQUIRED) + " AS proof_required, " + count(Kpi.PROOF_MISSING) + " AS proof_missing "
                + "FROM (" + Facts.sql(filter) + ") f WHERE f.vehicle_id IS NOT NULL GROUP BY " + DRIVER
                + " ORDER BY driver";
        Map<String, Long> harshSpeed = routes.of(filter).stream().collect(Collectors.groupingBy(
                r -> r.driverId() == null ? r.vehicleId() : r.driverId(),
                Collectors.summingLong(RouteFigures::harshSpeedEvents)));
        return jdbc.query(sql, filter.parameters(), (rs, n) -> {
            long delivered = rs.getLong("delivered");
            long withWindow = rs.getLong("with_window");
            long firstAttempts = rs.getLong("first_attempts");
            long arrivals = rs.getLong("arrivals");
            ProofCompleteness proof = KpiQueries.Figures.proof(rs.getLong("proof_required"),
                    rs.getLong("proof_missing"));
            return new DriverFigures(rs.getString("driver"), rs.getLong("days"), rs.getLong("stops"), delivered,
                    withWindow, rs.getLong("on_time"), KpiReport.ratio(rs.getLong("on_time"), withWindow, 4),
                    firstAttempts, rs.getLong("first_delivered"),
                    KpiReport.ratio(rs.getLong("first_delivered"), firstAttempts, 4), arrivals, rs.getLong("eta_kept"),
                    KpiReport.ratio(rs.getLong("eta_kept"), arrivals, 4), rs.getLong("with_proof"),
                    KpiReport.ratio(rs.getLong("with_proof"), delivered, 4), proof.required(), proof.missing(),
                    proof.completeness(), harshSpeed.getOrDefault(rs.getString("driver"), 0L));
        });
    }
}
