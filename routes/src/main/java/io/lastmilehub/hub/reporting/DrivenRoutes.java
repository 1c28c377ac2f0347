package io.lastmilehub.hub.reporting;

import static io.lastmilehub.hub.reporting.KpiQueries.count;
import static io.lastmilehub.hub.reporting.KpiQueries.decimal;
import static io.lastmilehub.hub.reporting.KpiQueries.instant;

import io.lastmilehub.hub.reporting.KpiReport.PlannedVersusDriven;
import io.lastmilehub.hub.reporting.KpiReport.RouteFigures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each route as planned ({@code report_route}) against as driven ({@code report_vehicle_day}, the vehicle's day of
 * positions), with its stops' sequence adherence and arrivals from the fact rows: only routes with a stop the
 * filter selects.
 */
@Component
public class DrivenRoutes {

    private final NamedParameterJdbcTemplate jdbc;

    DrivenRoutes(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The routes of the filter's days, by day, depot and vehicle. The stops' figures are summed in a query of their
     * own and matched to the routes here: joined to the routes in SQL as a derived table, H2 summed the stops again
     * for every route, so a month took minutes (KpiBenchmark).
     */
    @Transactional(readOnly = true)
    public List<RouteFigures> of(KpiFilter filter) {
        Map<RouteKey, StopFigures> stops = stops(filter);
        String sql = "SELECT " + filter.groupBy().periodSql() + " AS period, f.*, v.positions, "
                + "v.distance_meters AS positions_meters, v.first_at, v.last_at, v.odometer_first_meters, "
                + "v.odometer_last_meters, v.fuel_first_litres, v.fuel_last_litres, v.max_speed_kmh, "
                + "v.harsh_speed_events FROM report_route f "
                + "LEFT JOIN report_vehicle_day v ON v.tenant = f.tenant AND v.vehicle_id = f.vehicle_id "
                + "AND v.planning_date = f.planning_date WHERE f.tenant = :tenant "
                + "AND f.planning_date BETWEEN :from AND :to ORDER BY f.planning_date, f.depot_id, f.vehicle_id";
        List<RouteFigures> routes = new ArrayList<>();
        jdbc.query(sql, filter.parameters(), rs -> {
            StopFigures routeStops = stops.get(RouteKey.of(rs, "planning_date", "depot_id", "vehicle_id"));
            if (routeStops != null) {
                routes.add(figures(rs, routeStops));
            }
        });
        return routes;
    }

    /** The filter's stops on a vehicle, summed per route. */
    private Map<RouteKey, StopFigures> stops(KpiFilter filter) {
        String arrival = "CASE WHEN " + Kpi.ARRIVAL.condition() + " THEN " + Kpi.ARRIVAL.minutes() + " END";
        String sql = "SELECT f.planning_date AS route_day, f.depot_id AS route_depot, "
                + "f.vehicle_id AS route_vehicle, COUNT(*) AS stops, " + count(Kpi.SEQUENCED) + " AS attempted, "
                + count(Kpi.IN_SEQUENCE) + " AS in_sequence, AVG(" + arrival + ") AS arrival_late, "
                + "AVG(ABS(" + arrival + ")) AS arrival_off FROM (" + Facts.sql(filter) + ") f "
                + "WHERE f.vehicle_id IS NOT NULL GROUP BY f.planning_date, f.depot_id, f.vehicle_id";
        Map<RouteKey, StopFigures> stops = new HashMap<>();
        jdbc.query(sql, filter.parameters(), rs -> {
            stops.put(RouteKey.of(rs, "route_day", "route_depot", "route_vehicle"), new StopFigures(
                    rs.getLong("stops"), rs.getLong("attempted"), rs.getLong("in_sequence"),
                    decimal(rs, "arrival_late"), decimal(rs, "arrival_off")));
        });
        return stops;
    }

    /** A route: its vehicle's day at a depot. */
    private record RouteKey(LocalDate day, String depot, String vehicle) {

        static RouteKey of(ResultSet rs, String day, String depot, String vehicle) throws SQLException {
            return new RouteKey(rs.getObject(day, LocalDate.class), rs.getString(depot), rs.getString(vehicle));
        }
    }

    /** A route's stops: how many, how many attempted and in sequence, and the arrivals' minutes late and off. */
    private record StopFigures(long stops, long attempted, long inSequence, Double arrivalLate, Double arrivalOff) {
    }

    /** A period's routes, summed over those whose vehicle reported positions. */
    static PlannedVersusDriven totals(List<RouteFigures> routes) {
        List<RouteFigures> tracked = routes.stream().filter(r -> r.positions() > 0).toList();
        double planned = tracked.stream().mapToDouble(RouteFigures::plannedDistanceKm).sum();
        double driven = tracked.stream().mapToDouble(RouteFigures::drivenDistanceKm).sum();
        double plannedHours = tracked.stream().filter(r -> r.plannedMinutes() != null)
                .mapToDouble(RouteFigures::plannedMinutes).sum() / 60;
        double drivenHours = tracked.stream().mapToDouble(RouteFigures::drivenMinutes).sum() / 60;
        return new PlannedVersusDriven(routes.size(), tracked.size(), KpiReport.round(planned, 2),
                KpiReport.round(driven, 2), KpiReport.ratio(driven, planned, 4), KpiReport.round(plannedHours, 2),
                KpiReport.round(drivenHours, 2), KpiReport.ratio(drivenHours, plannedHours, 4),
                routes.stream().mapToLong(RouteFigures::harshSpeedEvents).sum());
    }

    private static RouteFigures figures(ResultSet rs, StopFigures stops) throws SQLException {
        Instant start = instant(rs, "planned_start");
        Instant end = instant(rs, "planned_end");
        Instant first = instant(rs, "first_at");
        Instant last = instant(rs, "last_at");
        long positions = rs.getLong("positions");
        double plannedKm = rs.getDouble("planned_distance_meters") / 1000;
        Double positionsKm = positions == 0 ? null : rs.getDouble("positions_meters") / 1000;
        Double odometerKm = difference(decimal(rs, "odometer_first_meters"), decimal(rs, "odometer_last_meters"),
                1000);
        Double drivenKm = odometerKm != null ? odometerKm : positionsKm;
        Double perKm = decimal(rs, "energy_per_km");
        Double fuel = difference(decimal(rs, "fuel_first_litres"), decimal(rs, "fuel_last_litres"), 1);
        long attempted = stops.attempted();
        return new RouteFigures(rs.getObject("period", LocalDate.class),
                rs.getObject("planning_date", LocalDate.class), rs.getString("depot_id"), rs.getString("vehicle_id"),
                rs.getString("driver_id"), rs.getString("vehicle_type"), rs.getString("plan_id"),
                stops.stops(), attempted, stops.inSequence(), KpiReport.ratio(stops.inSequence(), attempted, 4),
                KpiReport.round(stops.arrivalLate(), 2), KpiReport.round(stops.arrivalOff(), 2), start, end, KpiReport.round(plannedKm, 2),
                minutes(start, end), positions, first, last, KpiReport.round(positionsKm, 2),
                KpiReport.round(odometerKm, 2), KpiReport.round(drivenKm, 2), minutes(first, last), perKm,
                perKm == null ? null : KpiReport.round(plannedKm * perKm, 2),
                perKm == null || drivenKm == null ? null : KpiReport.round(drivenKm * perKm, 2),
                KpiReport.round(fuel, 2),
                fuel == null || drivenKm == null ? null : KpiReport.ratio(fuel, drivenKm, 4),
                decimal(rs, "max_speed_kmh"), rs.getLong("harsh_speed_events"));
    }

    /** Last reading minus first, over the unit; null unless both were read. */
    private static Double difference(Double first, Double last, double unit) {
        return first == null || last == null ? null : (last - first) / unit;
    }

    private static Double minutes(Instant from, Instant to) {
        return from == null || to == null ? null : KpiReport.round(Duration.between(from, to).toSeconds() / 60.0, 2);
    }
}
