package io.lastmilehub.hub.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.reporting.KpiReport.OrderRow;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's tenant's KPIs ({@code GET /api/v1/reports/kpis}) and the orders behind each figure
 * ({@code GET /api/v1/reports/kpis/{kpi}/orders}), as JSON or, with {@code Accept: text/csv}, CSV. Both take the
 * same filters: {@code from} and {@code to} (planned days, inclusive), {@code depot}, {@code vehicle},
 * {@code driver}, {@code source} (source system) and {@code groupBy} (day, week or month).
 */
@RestController
@RequestMapping(ReportController.PATH)
public class ReportController {

    static final String PATH = "/api/v1/reports/kpis";
    private static final String CSV = "text/csv";
    private static final int MAX_ORDERS = 10_000;

    private final KpiReports reports;
    private final ObjectMapper json;

    public ReportController(KpiReports reports, ObjectMapper json) {
        this.reports = reports;
        this.json = json;
    }

    @GetMapping(produces = "application/json")
    public KpiReport kpis(KpiQuery query, Authentication caller) {
        return reports.report(query.filter(caller.getName()));
    }

    /** The periods' figures, one row a period (the driver days and dead letters are in the JSON only). */
    @GetMapping(produces = CSV)
    public String kpisCsv(KpiQuery query, Authentication caller) {
        return CsvTable.of(kpis(query, caller).periods(), json);
    }

    /**
     * @param reason narrows failed-attempts to one reason code of the attempt, set-aside to one of the planner's
     * @param limit  at most this many orders (10,000 at most)
     */
    @GetMapping(path = "/{kpi}/orders", produces = "application/json")
    public List<OrderRow> orders(@PathVariable String kpi, KpiQuery query,
                                 @RequestParam(required = false) String reason,
                                 @RequestParam(defaultValue = "1000") int limit, Authentication caller) {
        return reports.ordersBehind(Kpi.of(kpi), query.filter(caller.getName()), reason,
                Math.max(1, Math.min(limit, MAX_ORDERS)));
    }

    @GetMapping(path = "/{kpi}/orders", produces = CSV)
    public String ordersCsv(@PathVariable String kpi, KpiQuery query, @RequestParam(required = false) String reason,
                            @RequestParam(defaultValue = "1000") int limit, Authentication caller) {
        return CsvTable.of(orders(kpi, query, reason, limit, caller), json);
    }
}
