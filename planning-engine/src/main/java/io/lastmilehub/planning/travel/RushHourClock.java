package io.lastmilehub.planning.travel;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.TrafficZone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A depot's rush hours on the wall clock: the same driving as {@link TimeDependentTravel} (the same zones, factors
 * and model), for places and instants instead of matrix locations and solver seconds. Live ETAs use it to drive the
 * rest of a route at the traffic of the moment each leg is driven. Thread-safe.
 */
public final class RushHourClock {

    /** Days kept; a route under way needs its day and perhaps the next. */
    private static final int DAYS_KEPT = 4;

    private final List<TrafficZone> zones;
    private final ZoneId zone;
    private final Map<LocalDate, SlowdownSteps[][]> days = new ConcurrentHashMap<>();

    /**
     * @param zones the depot's traffic zones, in order of precedence
     * @param zone  the depot's time zone, which the rush hours are in
     */
    public RushHourClock(List<TrafficZone> zones, ZoneId zone) {
        this.zones = List.copyOf(zones);
        this.zone = zone;
    }

    /** How long a trip of {@code freeFlowSeconds} from one place to another takes when it leaves at a moment. */
    public Duration driving(GeoPoint from, GeoPoint to, double freeFlowSeconds, Instant departure) {
        if (ZoneRushHours.isQuiet(zones)) {
            return seconds(freeFlowSeconds);
        }
        LocalDate day = departure.atZone(zone).toLocalDate();
        return seconds(steps(from, to, day).secondsLeavingAt(solverSeconds(departure, day), freeFlowSeconds));
    }

    /** The free-flow seconds of a trip from one place to another that left at one moment and arrived at another. */
    public double freeFlowSeconds(GeoPoint from, GeoPoint to, Instant departure, Instant arrival) {
        double driven = Duration.between(departure, arrival).toMillis() / 1000.0;
        if (ZoneRushHours.isQuiet(zones) || driven <= 0) {
            return Math.max(driven, 0);
        }
        LocalDate day = departure.atZone(zone).toLocalDate();
        double start = solverSeconds(departure, day);
        return steps(from, to, day).freeFlowSecondsBetween(start, start + driven);
    }

    private SlowdownSteps steps(GeoPoint from, GeoPoint to, LocalDate day) {
        if (days.size() > DAYS_KEPT) {
            days.clear();
        }
        SlowdownSteps[][] pairs = days.computeIfAbsent(day, d -> ZoneRushHours.pairsOf(zones, d, zone));
        return pairs[ZoneRushHours.zoneOf(from, zones)][ZoneRushHours.zoneOf(to, zones)];
    }

    private double solverSeconds(Instant moment, LocalDate day) {
        return Duration.between(day.atStartOfDay(zone).toInstant(), moment).toMillis() / 1000.0;
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
