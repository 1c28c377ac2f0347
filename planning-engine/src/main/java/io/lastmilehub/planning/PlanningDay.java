package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Shift;
import io.lastmilehub.model.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The solver's clock: times are seconds since the start of the planning date in the depot's zone. Converts shifts
 * (local times) and time windows (instants) into it and solver times back into instants. Uses real instants, so a
 * day with a daylight-saving change has 23 or 25 hours.
 */
final class PlanningDay {

    private final LocalDate date;
    private final ZoneId zone;
    private final Instant start;
    private final double lengthSeconds;

    PlanningDay(LocalDate date, ZoneId zone) {
        this.date = date;
        this.zone = zone;
        this.start = date.atStartOfDay(zone).toInstant();
        this.lengthSeconds = Duration.between(start, date.plusDays(1).atStartOfDay(zone).toInstant()).toSeconds();
    }

    /** Start of the planning date in the depot's zone. */
    Instant start() {
        return start;
    }

    /** Seconds from the start of the day to the start of the next. */
    double lengthSeconds() {
        return lengthSeconds;
    }

    /** Solver time of an instant; negative before the day starts. */
    double secondsOf(Instant instant) {
        return Duration.between(start, instant).toMillis() / 1000.0;
    }

    /** The instant of a solver time, to the millisecond. */
    Instant instantAt(double seconds) {
        return start.plusMillis(Math.round(seconds * 1000));
    }

    /** A shift in solver time; one that ends at or before its start ends the next day; none means the whole day. */
    Interval shiftOf(Shift shift) {
        if (shift == null || shift.getStart() == null || shift.getEnd() == null) {
            return new Interval(0, lengthSeconds);
        }
        double from = secondsOf(shift.getStart(), date);
        LocalDate endDate = shift.getEnd().isAfter(shift.getStart()) ? date : date.plusDays(1);
        return new Interval(from, secondsOf(shift.getEnd(), endDate));
    }

    /**
     * The order's time windows in solver time, sorted, with overlaps merged and the parts before the day cut off.
     * {@link Interval#ANY_TIME} for an order without windows; empty when every window ends before the day.
     */
    List<Interval> windowsOf(DeliveryOrder order) {
        return windowsOf(order.getTimeWindows());
    }

    /** Time windows in solver time, like {@link #windowsOf(DeliveryOrder)}. */
    List<Interval> windowsOf(List<TimeWindow> windows) {
        if (windows.isEmpty()) {
            return List.of(Interval.ANY_TIME);
        }
        List<Interval> clipped = new ArrayList<>();
        for (TimeWindow window : windows) {
            double end = secondsOf(window.getEnd());
            if (end >= 0) {
                clipped.add(new Interval(Math.max(0, secondsOf(window.getStart())), end));
            }
        }
        clipped.sort(Comparator.comparingDouble(Interval::start));
        return merge(clipped);
    }

    private static List<Interval> merge(List<Interval> sorted) {
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && next.start() <= merged.get(last).end()) {
                Interval previous = merged.get(last);
                merged.set(last, new Interval(previous.start(), Math.max(previous.end(), next.end())));
            } else {
                merged.add(next);
            }
        }
        return List.copyOf(merged);
    }

    private double secondsOf(LocalTime time, LocalDate onDate) {
        return secondsOf(onDate.atTime(time).atZone(zone).toInstant());
    }
}
