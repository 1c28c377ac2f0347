package io.lastmilehub.hub.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.reporting.KpiReport.RouteFigures;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each route as planned against as driven ({@code GET /api/v1/reports/routes}), as JSON or, with
 * {@code Accept: text/csv}, CSV; the same filters as the KPIs. The stops behind a route are the drill-downs of the
 * KPIs narrowed to its day and vehicle (e.g. {@code arrival} for planned versus actual arrival per stop).
 */
@RestController
public class RouteReportController {

    static final String PATH = "/api/v1/reports/routes";

    private final DrivenRoutes routes;
    private final ObjectMapper json;

    public RouteReportController(DrivenRoutes routes, ObjectMapper json) {
        this.routes = routes;
        this.json = json;
    }

    @GetMapping(path = PATH, produces = "application/json")
    public List<RouteFigures> routes(KpiQuery query, Authentication caller) {
        return routes.of(query.filter(caller.getName()));
    }

    @GetMapping(path = PATH, produces = "text/csv")
    public String routesCsv(KpiQuery query, Authentication caller) {
        return CsvTable.of(routes(query, caller), json);
    }
}
