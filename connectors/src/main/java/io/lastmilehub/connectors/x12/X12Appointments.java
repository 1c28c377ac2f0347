package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.EdiValues;
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
 * Turns G62 date/time segments into time windows. {@code G62*<qualifier>*<date>*<time qualifier>*<time>*<time code>}.
 * Delivery: 53 deliver not before, 70 scheduled for delivery after, 54 deliver no later than, 71 scheduled for
 * delivery before; 02, 68 delivery requested on and 69 promised for delivery give both ends. Pick-up: 37 ship not
 * before, 76 scheduled for shipment after, 38 ship no later than, 77 scheduled for shipment before; 10 requested
 * pick-up and 79 promised for shipment give both ends. A date without a time is the whole day: from 00:00 to 23:59,
 * and an end at 0000 means the end of that day, so that a date never becomes a window of no length. The time code
 * ET/CT/MT/PT (and their S/D variants) or UT/GM gives the zone; anything else (LT, none) is a local time, read in
 * the zone the caller knows for the place ({@link io.lastmilehub.connectors.support.edi.LocalZones}), else UTC.
 */
final class X12Appointments {

    private static final List<String> DELIVER_FROM = List.of("53", "70", "02", "68", "69");
    private static final List<String> DELIVER_UNTIL = List.of("54", "71", "02", "68", "69");
    private static final List<String> PICK_UP_FROM = List.of("37", "76", "10", "79");
    private static final List<String> PICK_UP_UNTIL = List.of("38", "77", "10", "79");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);
    private static final Map<Character, ZoneId> ZONES = Map.of('E', ZoneId.of("America/New_York"),
            'C', ZoneId.of("America/Chicago"), 'M', ZoneId.of("America/Denver"),
            'P', ZoneId.of("America/Los_Angeles"));

    private X12Appointments() {
    }

    /** The delivery window the G62 segments among {@code segments} describe, if any. */
    static Optional<TimeWindow> deliveryWindow(List<EdiSegment> segments, Optional<ZoneId> local, String field) {
        return window(segments, DELIVER_FROM, DELIVER_UNTIL, local, field);
    }

    /** The pick-up window the G62 segments among {@code segments} describe, if any. */
    static Optional<TimeWindow> pickUpWindow(List<EdiSegment> segments, Optional<ZoneId> local, String field) {
        return window(segments, PICK_UP_FROM, PICK_UP_UNTIL, local, field);
    }

    private static Optional<TimeWindow> window(List<EdiSegment> segments, List<String> fromCodes,
            List<String> untilCodes, Optional<ZoneId> local, String field) {
        Optional<EdiSegment> from = first(segments, fromCodes);
        Optional<EdiSegment> until = first(segments, untilCodes);
        if (from.isEmpty() && until.isEmpty()) {
            return Optional.empty();
        }
        EdiSegment start = from.orElseGet(until::get);
        EdiSegment end = until.orElse(start);
        LocalTime startTime = from.isPresent() ? time(start, LocalTime.MIN, field) : LocalTime.MIN;
        LocalTime endTime = time(end, END_OF_DAY, field);
        if (endTime.equals(LocalTime.MIN) || end == from.orElse(null)) {
            endTime = END_OF_DAY; // an end at 0000 is a date only; one appointment lasts to the end of its day
        }
        Instant startsAt = at(start, startTime, local, field);
        Instant endsAt = at(end, endTime, local, field);
        Optional<ZoneId> zone = zone(start.element(5)).or(() -> local);
        return Optional.of(TimeWindow.builder().start(startsAt).end(endsAt.isBefore(startsAt) ? startsAt : endsAt)
                .zoneId(zone.map(ZoneId::getId).orElse(null)).build());
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

    /** G62-04, or the fallback when the appointment has a date only. */
    private static LocalTime time(EdiSegment g62, LocalTime fallback, String field) {
        return EdiValues.time(g62.element(4), fallback, field + "/G62*" + g62.element(1) + "-04");
    }

    /** G62-02 at a time, in the zone of G62-05, else the local zone, else UTC. */
    private static Instant at(EdiSegment g62, LocalTime time, Optional<ZoneId> local, String field) {
        LocalDate date = EdiValues.date(g62.element(2), field + "/G62*" + g62.element(1) + "-02");
        return EdiValues.instant(date, time, zone(g62.element(5)).or(() -> local).orElse(ZoneOffset.UTC));
    }

    /** The zone a G62-05 time code names; empty for local time (LT) or none. */
    private static Optional<ZoneId> zone(String timeCode) {
        if (timeCode.length() == 2 && ZONES.containsKey(timeCode.charAt(0))
                && "TSD".indexOf(timeCode.charAt(1)) >= 0) {
            return Optional.of(ZONES.get(timeCode.charAt(0)));
        }
        return timeCode.equals("UT") || timeCode.equals("GM") ? Optional.of(ZoneOffset.UTC) : Optional.empty();
    }
}
