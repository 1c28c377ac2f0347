package io.lastmilehub.hub.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Today's operation of the caller's tenant ({@code GET /api/v1/reports/today}, optionally {@code ?depot=}): each
 * route of today's newest plan per depot with its progress and its late and at-risk stops, as JSON or, with
 * {@code Accept: text/csv}, CSV (one row per stop).
 */
@RestController
public class TodayReportController {

    static final String PATH = "/api/v1/reports/today";

    private final TodaysOperation today;
    private final ObjectMapper json;

    public TodayReportController(TodaysOperation today, ObjectMapper json) {
        this.today = today;
        this.json = json;
    }

    @GetMapping(path = PATH, produces = "application/json")
    public TodayReport today(@RequestParam(required = false) String depot, Authentication caller) {
        return today.of(caller.getName(), depot);
    }

    @GetMapping(path = PATH, produces = "text/csv")
    public String todayCsv(@RequestParam(required = false) String depot, Authentication caller) {
        return CsvTable.of(today(depot, caller).stopRows(), json);
    }
}
