package io.lastmilehub.connectors.parcelcsv;

import io.lastmilehub.connectors.spi.InvalidConnectorSettingException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which header names the fields of a parcel status file are in. Defaults are DPD's SCANINFO layout
 * ({@code PARCELNO;SCAN_CODE;DEPOT_CODE;SCAN_DATE_TIME;…;ADD_SERVICE_1;…;LOCATION;…}); a tenant's {@code columns}
 * table names others, by field. Header names are matched without regard to case or surrounding blanks.
 *
 * @param names header name by field: parcel-number, status-code, additional-code, timestamp, date, time, depot,
 *              location, country
 */
record StatusColumns(Map<String, String> names) {

    static final String PARCEL_NUMBER = "parcel-number";
    static final String STATUS_CODE = "status-code";
    static final String ADDITIONAL_CODE = "additional-code";
    static final String TIMESTAMP = "timestamp";
    static final String DATE = "date";
    static final String TIME = "time";
    static final String DEPOT = "depot";
    static final String LOCATION = "location";
    static final String COUNTRY = "country";

    private static final Set<String> FIELDS = Set.of(PARCEL_NUMBER, STATUS_CODE, ADDITIONAL_CODE, TIMESTAMP, DATE,
            TIME, DEPOT, LOCATION, COUNTRY);

    private static final Map<String, String> SCANINFO = Map.of(PARCEL_NUMBER, "PARCELNO", STATUS_CODE, "SCAN_CODE",
            ADDITIONAL_CODE, "ADD_SERVICE_1", TIMESTAMP, "SCAN_DATE_TIME", DEPOT, "DEPOT_CODE", LOCATION, "LOCATION");

    /** @throws InvalidConnectorSettingException naming {@code columns} for a field that does not exist */
    static StatusColumns of(Map<String, String> tenantColumns) {
        Map<String, String> names = new LinkedHashMap<>(SCANINFO);
        tenantColumns.forEach((field, header) -> {
            if (!FIELDS.contains(field)) {
                throw new InvalidConnectorSettingException("columns", field + ": " + header, "no such field; known: "
                        + String.join(", ", FIELDS.stream().sorted().toList()));
            }
            names.put(field, header);
        });
        if (tenantColumns.containsKey(DATE) && !tenantColumns.containsKey(TIMESTAMP)) {
            names.remove(TIMESTAMP); // date and time in two columns instead
        }
        return new StatusColumns(Map.copyOf(names));
    }

    /** The header name of a field, or null when the layout has none. */
    String header(String field) {
        return names.get(field);
    }
}
