package io.lastmilehub.connectors.parcelcsv;

import io.lastmilehub.connectors.spi.MappingException;

import java.util.List;

/** One scan line of a parcel status file, read by field through its header. */
final class StatusFileRow {

    private final List<String> values;
    private final int line;
    private final StatusFileHeader header;

    StatusFileRow(List<String> values, int line, StatusFileHeader header) {
        this.values = values;
        this.line = line;
        this.header = header;
    }

    /** Where a field is, for errors: {@code line 3, SCAN_CODE}. */
    String field(String field) {
        return "line " + line + ", " + header.header(field);
    }

    /** The field's value, null when blank or when the layout or the line has no such column. */
    String optional(String field) {
        int index = header.index(field);
        String value = index < 0 || index >= values.size() ? null : values.get(index);
        return value == null || value.isEmpty() ? null : value;
    }

    /** @throws MappingException naming the line and column when the value is blank or missing */
    String required(String field) {
        String value = optional(field);
        if (value == null) {
            throw new MappingException(field(field), "missing");
        }
        return value;
    }
}
