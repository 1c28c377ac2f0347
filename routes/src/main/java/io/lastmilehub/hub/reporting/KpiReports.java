package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.reporting.KpiReport.DriverDay;
import io.lastmilehub.hub.reporting.KpiReport.Optimisation;
import io.lastmilehub.hub.reporting.KpiReport.OrderRow;
import io.lastmilehub.hub.reporting.KpiReport.Period;
import io.lastmilehub.hub.reporting.KpiReport.RouteFigures;
import io.lastmilehub.hub.reporting.KpiReport.VehicleTypeCosts;
import io.lastmilehub.model.Depot;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tenant's KPIs and the orders behind them, put together from the SQL aggregations. */
@Service
public class KpiReports {

    private final KpiQueries queries;
    private final DriverDays driverDays;
    private final KpiOrders orders;
    private final DeadLetterCounts deadLetters;
    private final FleetRegistry fleets;
    private final DrivenRoutes routes;

    KpiReports(KpiQueries queries, DriverDays driverDays, KpiOrders orders, DeadLetterCounts deadLetters,
               FleetRegistry fleets, DrivenRoutes routes) {
        this.queries = queries;
        this.driverDays = driverDays;
        this.orders = orders;
        this.deadLetters = deadLetters;
        this.fleets = fleets;
        this.routes = routes;
    }

    @Transactional(readOnly = true)
    public KpiReport report(KpiFilter filter) {
        Map<LocalDate, KpiQueries.Figures> figures = queries.figures(filter);
        Map<LocalDate, Map<String, Long>> failures = queries.failedAttemptsByReason(filter);
        Map<LocalDate, Map<String, Long>> setAside = queries.setAsideByReason(filter);
        Map<LocalDate, Map<String, VehicleTypeCosts>> types = queries.byVehicleType(filter);
        Map<LocalDate, Optimisation> optimisation = queries.optimisation(filter);
        List<DriverDay> days = driverDays.of(filter);
        Map<LocalDate, List<DriverDay>> daysByPeriod = days.stream().collect(Collectors.groupingBy(DriverDay::period));
        Map<LocalDate, List<RouteFigures>> routesByPeriod = routes.of(filter).stream()
                .collect(Collectors.groupingBy(RouteFigures::period));
        List<Period> periods = figures.entrySet().stream().map(e -> {
            LocalDate period = e.getKey();
            KpiQueries.Figures day = e.getValue();
            return new Period(period, day.onTime(), day.firstAttempt(failures.getOrDefault(period, Map.of())),
                    day.delivery(), day.outForDelivery(),
                    DriverDays.productivity(daysByPeriod.getOrDefault(period, List.of())), day.arrival(),
                    day.sequence(), DrivenRoutes.totals(routesByPeriod.getOrDefault(period, List.of())), day.costs(),
                    types.getOrDefault(period, Map.of()), optimisation.get(period),
                    setAside.getOrDefault(period, Map.of()), day.exceptions(), day.proof());
        }).toList();
        ZoneId zone = zoneOf(filter);
        return new KpiReport(filter.tenant(), filter.from(), filter.to(), filter.groupBy(), periods, days,
                deadLetters.bySource(filter.tenant(), filter.from().atStartOfDay(zone).toInstant(),
                        filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }

    @Transactional(readOnly = true)
    public List<OrderRow> ordersBehind(Kpi kpi, KpiFilter filter, String reason, int limit) {
        return orders.behind(kpi, filter, reason, limit);
    }

    /** The days of dead letters: the filtered depot's, else the tenant's first depot's, else UTC. */
    private ZoneId zoneOf(KpiFilter filter) {
        List<Depot> depots = fleets.fleetOf(filter.tenant()).depots();
        return depots.stream().filter(d -> filter.depot() == null || d.getId().equals(filter.depot())).findFirst()
                .map(Depot::getZoneId).map(ZoneId::of).orElse(ZoneId.of("UTC"));
    }
}
