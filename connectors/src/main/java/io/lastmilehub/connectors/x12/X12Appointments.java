package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.edi.EdiSegment;
import io.lastmilehub.connectors.edi.EdiValues;
import io.lastmilehub.model.TimeWindow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns G62 date/time segments into a delivery time window. {@code G62*<qualifier>*<date>*<time qualifier>*<time>*
 * <time code>}: qualifier 53 deliver not before, 54 deliver no later than, 02/68 delivery requested on (the whole
 * day unless a time is given); time code ET/CT/MT/PT (and their S/D variants) or UT/GM give the zone, anything
 * else (LT, none) is read as UTC until the partner's zone is configured.
 */
final class X12Appointments {

    private static final List<String> EARLIEST = List.of("53", "02", "68");
    private static final List<String> LATEST = List.of("54", "02", "68");
    private static final Map<Character, ZoneId> ZONES = Map.of('E', ZoneId.of("America/New_York"),
            'C', ZoneId.of("America/Chicago"), 'M', ZoneId.of("America/Denver"),
            'P', ZoneId.of("America/Los_Angeles"));

    private X12Appointments() {
    }

    /** The delivery window the G62 segments among {@code segments} describe, if any. */
    static Optional<TimeWindow> deliveryWindow(List<EdiSegment> segments, String field) {
        Optional<EdiSegment> from = first(segments, EARLIEST);
        Optional<EdiSegment> to = first(segments, LATEST);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        ZoneId zone = zone(from.get().element(5));
        return Optional.of(TimeWindow.builder().start(at(from.get(), LocalTime.MIN, field))
                .end(at(to.get(), LocalTime.of(23, 59), field))
                .zoneId(zone.equals(ZoneOffset.UTC) ? null : zone.getId()).build());
    }

    private static Optional<EdiSegment> first(List<EdiSegment> segments, List<String> qualifiers) {
        for (String qualifier : qualifiers) {
            Optional<EdiSegment> found = segments.stream().filter(s -> s.is("G62", qualifier)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Instant at(EdiSegment g62, LocalTime fallback, String field) {
        String where = field + "/G62*" + g62.element(1);
        LocalDate date = EdiValues.date(g62.element(2), where + "-02");
        LocalTime time = EdiValues.time(g62.element(4), fallback, where + "-04");
        return EdiValues.instant(date, time, zone(g62.element(5)));
    }

    private static ZoneId zone(String timeCode) {
        if (timeCode.length() == 2 && ZONES.containsKey(timeCode.charAt(0))
                && "TSD".indexOf(timeCode.charAt(1)) >= 0) {
            return ZONES.get(timeCode.charAt(0));
        }
        return ZoneOffset.UTC;
    }
}
