package io.lastmilehub.connectors.parcelcsv;

import io.lastmilehub.connectors.spi.MappingException;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header line of a parcel status file: which column each field of the layout is in. */
final class StatusFileHeader {

    private final StatusColumns columns;
    private final Map<String, Integer> indexes = new HashMap<>();

    /** @throws MappingException naming {@code header} when a column the layout needs is not in it */
    StatusFileHeader(List<String> names, StatusColumns columns) {
        this.columns = columns;
        for (int i = 0; i < names.size(); i++) {
            indexes.putIfAbsent(key(names.get(i)), i);
        }
        boolean oneColumn = columns.header(StatusColumns.TIMESTAMP) != null;
        for (String field : oneColumn ? List.of(StatusColumns.PARCEL_NUMBER, StatusColumns.STATUS_CODE,
                StatusColumns.TIMESTAMP) : List.of(StatusColumns.PARCEL_NUMBER, StatusColumns.STATUS_CODE,
                StatusColumns.DATE, StatusColumns.TIME)) {
            String header = columns.header(field);
            if (header == null || !indexes.containsKey(key(header))) {
                throw new MappingException("header", "no column " + (header == null ? "" : "'" + header + "' ")
                        + "for " + field + " (set it in the tenant's connectors.parcel-status-csv.columns); the "
                        + "header has " + String.join(", ", names));
            }
        }
    }

    StatusFileRow row(List<String> values, int line) {
        return new StatusFileRow(values, line, this);
    }

    /** The index of a field's column, or -1 when the layout or the file has none. */
    int index(String field) {
        String header = columns.header(field);
        return header == null ? -1 : indexes.getOrDefault(key(header), -1);
    }

    String header(String field) {
        return columns.header(field);
    }

    private static String key(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }
}
