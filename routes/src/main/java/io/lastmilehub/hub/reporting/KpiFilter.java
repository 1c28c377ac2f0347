package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.model.VehicleType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Which planned days of a tenant the KPIs count, narrowed to a depot, vehicle, vehicle type, driver, carrier or source
 * system when given.
 *
 * @param from             first planned day, inclusive (the depot's day)
 * @param to               last planned day, inclusive
 * @param sourceSystem     the system the order came from ({@code source.system}, e.g. shop, SAP)
 * @param carrier          only orders a plan gave to this carrier (its id in the carriers file)
 * @param etaMarginMinutes how far from the planned arrival an arrival may be and still count as the ETA kept
 */
public record KpiFilter(String tenant, LocalDate from, LocalDate to, String depot, String vehicle,
                        VehicleType vehicleType, String driver, String carrier, String sourceSystem,
                        Grouping groupBy, int etaMarginMinutes) {

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
        if (vehicleType != null) {
            where.append(" AND s.vehicle_type = :vehicleType");
        }
        if (driver != null) {
            where.append(" AND s.driver_id = :driver");
        }
        if (carrier != null) {
            where.append(" AND EXISTS (SELECT 1 FROM carrier_shipment c WHERE c.order_id = s.order_id "
                    + "AND c.carrier_id = :carrier)");
        }
        if (sourceSystem != null) {
            where.append(" AND m.source_system = :source");
        }
        return where.toString();
    }

    /** Whether the filter selects part of a plan (a vehicle, a driver, some orders), not whole depot days. */
    boolean narrowsPlans() {
        return vehicle != null || vehicleType != null || driver != null || carrier != null || sourceSystem != null;
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenant);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("depot", depot);
        parameters.put("vehicle", vehicle);
        parameters.put("vehicleType", vehicleType == null ? null : vehicleType.name());
        parameters.put("driver", driver);
        parameters.put("carrier", carrier);
        parameters.put("etaMargin", etaMarginMinutes);
        parameters.put("source", sourceSystem);
        return parameters;
    }
}
