package io.lastmilehub.hub.reporting;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The KPI dashboard: a page whose script charts {@code GET /api/v1/reports/kpis} with ECharts, both served from the
 * jar. It lies under {@code /api/v1/reports/} so that it needs the tenant's credentials like the API (a browser
 * logs in with HTTP Basic, the tenant id and one of its keys, and sends them again to the KPI endpoint beside it).
 */
@RestController
public class ReportDashboardController {

    /** The ECharts webjar's version in routes/pom.xml. */
    private static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final Resource PAGE = new ClassPathResource("dashboard/index.html");
    private static final Resource SCRIPT = new ClassPathResource("dashboard/dashboard.js");
    private static final Resource FLEET_SCRIPT = new ClassPathResource("dashboard/fleet-tables.js");

    @GetMapping(path = "/api/v1/reports/dashboard", produces = MediaType.TEXT_HTML_VALUE)
    public Resource page() {
        return PAGE;
    }

    @GetMapping(path = "/api/v1/reports/dashboard.js", produces = "text/javascript")
    public Resource script() {
        return SCRIPT;
    }

    /** The fleet and driver tables, read from the fleet API. */
    @GetMapping(path = "/api/v1/reports/fleet-tables.js", produces = "text/javascript")
    public Resource fleetTablesScript() {
        return FLEET_SCRIPT;
    }

    @GetMapping(path = "/api/v1/reports/echarts.min.js", produces = "text/javascript")
    public ResponseEntity<Resource> echarts() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate())
                .body(new ClassPathResource(ECHARTS));
    }
}
