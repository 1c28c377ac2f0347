package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.EdiTransaction;
import io.lastmilehub.connectors.support.edi.EdiValues;
import io.lastmilehub.model.TimeWindow;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates in DTM segments. Read: delivery windows from {@code DTM+qualifier:value:format}: 64 earliest and 63 latest
 * delivery, else 2 delivery requested (the whole day for format 102 CCYYMMDD, from the time to the end of the day for
 * 203 CCYYMMDDHHMM), or a 718 range CCYYMMDD-CCYYMMDD. EDIFACT dates carry no zone: they are local times, read in
 * the zone the caller knows for the place ({@link io.lastmilehub.connectors.support.edi.LocalZones}), else UTC.
 * Written: an instant in UTC as CCYYMMDDHHMM (format 203).
 */
final class EdifactDates {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);
    private static final DateTimeFormatter CCYYMMDDHHMM = DateTimeFormatter.ofPattern("yyyyMMddHHmm", Locale.ROOT);

    private EdifactDates() {
    }

    /** The C507 composite of a DTM we send: the qualifier (2005), the instant in UTC, format 203. */
    static List<String> dtm(String qualifier, Instant instant) {
        return dtm(qualifier, instant, ZoneOffset.UTC);
    }

    /** The same for a local time: the instant in {@code zone}, as a receiver reads a 203 value without a zone. */
    static List<String> dtm(String qualifier, Instant instant, ZoneId zone) {
        return List.of(qualifier, CCYYMMDDHHMM.format(instant.atZone(zone)), "203");
    }

    /** The delivery window of a message, if it gives one. */
    static Optional<TimeWindow> deliveryWindow(EdiTransaction message, Optional<ZoneId> local, String field) {
        ZoneId zone = local.orElse(ZoneOffset.UTC);
        String zoneId = local.map(ZoneId::getId).orElse(null);
        Optional<EdiSegment> earliest = dtm(message, "64");
        Optional<EdiSegment> latest = dtm(message, "63");
        if (earliest.isPresent() && latest.isPresent()) {
            return Optional.of(window(at(earliest.get(), LocalTime.MIN, zone, field),
                    at(latest.get(), END_OF_DAY, zone, field), zoneId));
        }
        return dtm(message, "2").map(requested -> requested(requested, zone, zoneId, field));
    }

    private static TimeWindow requested(EdiSegment dtm, ZoneId zone, String zoneId, String field) {
        String value = dtm.component(1, 2);
        if (dtm.component(1, 3).equals("718") && value.length() == 17) { // CCYYMMDD-CCYYMMDD
            return window(EdiValues.instant(EdiValues.date(value.substring(0, 8), field), LocalTime.MIN, zone),
                    EdiValues.instant(EdiValues.date(value.substring(9), field), END_OF_DAY, zone), zoneId);
        }
        Instant start = at(dtm, LocalTime.MIN, zone, field);
        Instant end = EdiValues.instant(EdiValues.date(value.substring(0, Math.min(8, value.length())), field),
                END_OF_DAY, zone);
        return window(start, end.isBefore(start) ? start : end, zoneId);
    }

    private static Optional<EdiSegment> dtm(EdiTransaction message, String qualifier) {
        return message.segments().stream().filter(s -> s.is("DTM") && s.component(1, 1).equals(qualifier))
                .findFirst();
    }

    /** DTM C507: 2380 value in format 2379 (102 CCYYMMDD, 203 CCYYMMDDHHMM, 204 with seconds). */
    private static Instant at(EdiSegment dtm, LocalTime fallback, ZoneId zone, String field) {
        String where = field + "/DTM+" + dtm.component(1, 1);
        String value = dtm.component(1, 2);
        if (value.length() < 8) {
            throw new MappingException(where, "not a date: '" + value + "'");
        }
        LocalTime time = EdiValues.time(value.substring(8), fallback, where);
        return EdiValues.instant(EdiValues.date(value.substring(0, 8), where), time, zone);
    }

    private static TimeWindow window(Instant start, Instant end, String zoneId) {
        return TimeWindow.builder().start(start).end(end).zoneId(zoneId).build();
    }
}
