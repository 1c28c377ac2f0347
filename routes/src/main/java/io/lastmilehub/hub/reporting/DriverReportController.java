package io.lastmilehub.hub.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.reporting.KpiReport.DriverFigures;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Driver performance over a range of planned days ({@code GET /api/v1/reports/drivers}), as JSON or, with
 * {@code Accept: text/csv}, CSV; the same filters as the KPIs.
 */
@RestController
public class DriverReportController {

    static final String PATH = "/api/v1/reports/drivers";

    private final DriverPerformance drivers;
    private final ObjectMapper json;

    public DriverReportController(DriverPerformance drivers, ObjectMapper json) {
        this.drivers = drivers;
        this.json = json;
    }

    @GetMapping(path = PATH, produces = "application/json")
    public List<DriverFigures> drivers(KpiQuery query, Authentication caller) {
        return drivers.of(query.filter(caller.getName()));
    }

    @GetMapping(path = PATH, produces = "text/csv")
    public String driversCsv(KpiQuery query, Authentication caller) {
        return CsvTable.of(drivers(query, caller), json);
    }
}
