package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.errors.InvalidMessageException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Which planned days of a tenant the KPIs count, narrowed to a depot, vehicle, driver or source system when given.
 *
 * @param from         first planned day, inclusive (the depot's day)
 * @param to           last planned day, inclusive
 * @param sourceSystem the system the order came from ({@code source.system}, e.g. shop, SAP)
 */
public record KpiFilter(String tenant, LocalDate from, LocalDate to, String depot, String vehicle, String driver,
                        String sourceSystem, Grouping groupBy) {

    /** At most this many days in one report, so that one request cannot scan years of history. */
    static final int MAX_DAYS = 400;

    public KpiFilter {
        if (to.isBefore(from)) {
            throw new InvalidMessageException("to", "is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidMessageException("to", "more than " + MAX_DAYS + " days after from");
        }
    }

    /** The conditions on a report_stop row {@code s} and its order's inbound message {@code m}. */
    String whereSql() {
        StringBuilder where = new StringBuilder("s.tenant = :tenant AND s.planning_date BETWEEN :from AND :to");
        if (depot != null) {
            where.append(" AND s.depot_id = :depot");
        }
        if (vehicle != null) {
            where.append(" AND s.vehicle_id = :vehicle");
        }
        if (driver != null) {
            where.append(" AND s.driver_id = :driver");
        }
        if (sourceSystem != null) {
            where.append(" AND m.source_system = :source");
        }
        return where.toString();
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenant);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("depot", depot);
        parameters.put("vehicle", vehicle);
        parameters.put("driver", driver);
        parameters.put("source", sourceSystem);
        return parameters;
    }
}
