package io.lastmilehub.connectors.sap.outbound;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Writes instants as SAP writes its date (DATS, {@code YYYYMMDD}) and time (TIMS, {@code HHMMSS}) fields: local
 * time in the SAP system's zone, with no zone of their own.
 */
final class SapLocalTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    private final ZoneId zone;

    SapLocalTime(ZoneId zone) {
        this.zone = zone;
    }

    /** The local date, e.g. {@code 20250314}. */
    String date(Instant at) {
        return at.atZone(zone).format(DATE);
    }

    /** The local time to the second, e.g. {@code 101500}. */
    String time(Instant at) {
        return at.atZone(zone).format(TIME);
    }
}
