package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.errors.InvalidMessageException;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The query parameters every KPI endpoint takes, bound from the query string.
 *
 * @param from    the first planned day, inclusive (required)
 * @param to      the last planned day, inclusive (required)
 * @param depot   only this depot, or null
 * @param vehicle only this vehicle, or null
 * @param driver  only this driver, or null
 * @param source  only orders from this source system, or null
 * @param groupBy day (the default), week or month
 */
public record KpiQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String depot, String vehicle, String driver,
        String source, String groupBy) {

    /** The filter for a tenant. */
    KpiFilter filter(String tenant) {
        if (from == null || to == null) {
            throw new InvalidMessageException(from == null ? "from" : "to", "required: a day such as 2026-12-01");
        }
        return new KpiFilter(tenant, from, to, depot, vehicle, driver, source,
                Grouping.of(groupBy == null ? "day" : groupBy));
    }
}
