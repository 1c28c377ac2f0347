package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.TimeWindow;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * SAP dates ({@code YYYYMMDD}, {@code 00000000} for none) and times ({@code HHMMSS}, {@code 240000} for the end of
 * the day) in local time, made into instants with the time zone SAP names or, when it names none, the one the
 * hub is told to assume. A time of 000000 counts as no time: a window then covers whole days.
 */
final class SapTimes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final SapTimeZones zones;

    SapTimes(SapTimeZones zones) {
        this.zones = zones;
    }

    /**
     * The zone a field names, or the fallback when it names none.
     *
     * @throws MappingException naming the field when the code is unknown
     */
    ZoneId zone(Segment segment, String field, ZoneId fallback) {
        String code = segment.field(field);
        if (code == null) {
            return fallback;
        }
        return zones.zone(code).orElseThrow(() -> new MappingException(SegmentPaths.path(segment, field),
                "unknown SAP time zone '" + code + "'; add it to the connector's time zone codes"));
    }

    /**
     * The window of a deadline segment (E1EDT13): from NTANF/NTANZ in TZONE_BEG to NTEND/NTENZ in TZONE_END; null
     * when both dates are left out or all zeros, as SAP sends a deadline that is not scheduled.
     *
     * @param fallback the zone when the segment names none
     * @throws MappingException naming the field that is missing, malformed, or ends the window before it starts
     */
    TimeWindow window(Segment deadline, ZoneId fallback) {
        LocalDate startDate = date(deadline, "NTANF");
        LocalDate endDate = date(deadline, "NTEND");
        if (startDate == null && endDate == null) {
            return null;
        }
        if (startDate == null) {
            throw new MappingException(SegmentPaths.path(deadline, "NTANF"), "missing: the window has an end only");
        }
        ZoneId startZone = zone(deadline, "TZONE_BEG", zone(deadline, "TZONE_END", fallback));
        ZoneId endZone = zone(deadline, "TZONE_END", startZone);
        Instant start = instant(startDate.atTime(startTime(deadline, "NTANZ")), startZone);
        Instant end = instant((endDate != null ? endDate : startDate).atTime(endTime(deadline, "NTENZ")), endZone);
        if (end.isBefore(start)) {
            throw new MappingException(SegmentPaths.path(deadline, endDate != null ? "NTEND" : "NTENZ"),
                    "the window ends (" + end + ") before it starts (" + start + ")");
        }
        return TimeWindow.builder().start(start).end(end).zoneId(startZone.getId()).buildUnvalidated();
    }

    /** The whole day of a date field in a zone, or null when the date is left out. */
    TimeWindow day(Segment segment, String field, ZoneId zone) {
        LocalDate date = date(segment, field);
        if (date == null) {
            return null;
        }
        return TimeWindow.builder().start(instant(date.atStartOfDay(), zone))
                .end(instant(date.atTime(END_OF_DAY), zone)).zoneId(zone.getId()).buildUnvalidated();
    }

    /** A date field, or null when it is left out or all zeros. */
    static LocalDate date(Segment segment, String field) {
        String text = segment.field(field);
        if (text == null || text.chars().allMatch(c -> c == '0')) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeException e) {
            throw new MappingException(SegmentPaths.path(segment, field), "not a date (YYYYMMDD): '" + text + "'");
        }
    }

    private static LocalTime startTime(Segment segment, String field) {
        LocalTime time = time(segment, field);
        return time == null ? LocalTime.MIDNIGHT : time;
    }

    private static LocalTime endTime(Segment segment, String field) {
        LocalTime time = time(segment, field);
        return time == null || time.equals(LocalTime.MIDNIGHT) ? END_OF_DAY : time;
    }

    /** A time field, or null when it is left out; 240000 is the last second of the day. */
    private static LocalTime time(Segment segment, String field) {
        String text = segment.field(field);
        if (text == null) {
            return null;
        }
        if (text.equals("240000")) {
            return END_OF_DAY;
        }
        try {
            return LocalTime.parse(text, TIME);
        } catch (DateTimeException e) {
            throw new MappingException(SegmentPaths.path(segment, field), "not a time (HHMMSS): '" + text + "'");
        }
    }

    /** Local date and time in a zone as an instant; a time skipped by a clock change moves forward. */
    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toInstant();
    }
}
