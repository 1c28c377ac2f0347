package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.model.VehicleType;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters every KPI endpoint takes, bound from the query string.
 *
 * @param from             the first planned day, inclusive (required)
 * @param to               the last planned day, inclusive (required)
 * @param depot            only this depot, or null
 * @param vehicle          only this vehicle, or null
 * @param vehicleType      only vehicles of this type (VAN, CARGO_BIKE, ...), or null
 * @param driver           only this driver, or null
 * @param carrier          only orders given to this carrier, or null
 * @param source           only orders from this source system, or null
 * @param groupBy          day (the default), week or month
 * @param etaMarginMinutes the ± margin of the ETA accuracy, in minutes (default 15)
 */
public record KpiQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String depot, String vehicle,
        String vehicleType, String driver, String carrier, String source, String groupBy, Integer etaMarginMinutes) {

    /** The margin customers are usually promised around an ETA. */
    static final int DEFAULT_ETA_MARGIN_MINUTES = 15;
    private static final int MAX_ETA_MARGIN_MINUTES = 240;

    /** The filter for a tenant. */
    KpiFilter filter(String tenant) {
        if (from == null || to == null) {
            throw new InvalidMessageException(from == null ? "from" : "to", "required: a day such as 2026-12-01");
        }
        return new KpiFilter(tenant, from, to, depot, vehicle, parsedVehicleType(), driver, carrier, source,
                Grouping.of(groupBy == null ? "day" : groupBy), etaMargin());
    }

    private VehicleType parsedVehicleType() {
        if (vehicleType == null) {
            return null;
        }
        return Arrays.stream(VehicleType.values()).filter(t -> t.name().equalsIgnoreCase(vehicleType)).findFirst()
                .orElseThrow(() -> new InvalidMessageException("vehicleType", "not one of "
                        + Arrays.toString(VehicleType.values())));
    }

    private int etaMargin() {
        if (etaMarginMinutes == null) {
            return DEFAULT_ETA_MARGIN_MINUTES;
        }
        if (etaMarginMinutes < 0 || etaMarginMinutes > MAX_ETA_MARGIN_MINUTES) {
            throw new InvalidMessageException("etaMarginMinutes", "must be 0 to " + MAX_ETA_MARGIN_MINUTES);
        }
        return etaMarginMinutes;
    }
}
