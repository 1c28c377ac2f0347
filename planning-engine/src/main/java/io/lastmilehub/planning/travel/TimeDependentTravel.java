package io.lastmilehub.planning.travel;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.TrafficZone;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Travel times that know the time of day, between matrix locations at solver times (seconds since the start of the
 * planning date in the depot's zone). Every implementation drives a trip as work done at the speed of each moment
 * (Ichoua, Gendreau and Potvin's model), so leaving later never means arriving earlier. Two kinds: the depot's rush
 * hours stretching free-flow times ({@link #of}), and a routing service's matrices per time slice
 * ({@link SlicedTravel}).
 */
public interface TimeDependentTravel {

    /** Free flow all day, for a depot without traffic zones. */
    TimeDependentTravel FREE_FLOW = ZoneRushHours.FREE_FLOW;

    /**
     * The depot's rush hours on one planning day.
     *
     * @param zones     the depot's traffic zones, in order of precedence
     * @param locations the matrix locations, by index
     * @param date      the planning date; rush hours of the day before (running past midnight) and after count too
     * @param zone      the depot's time zone
     */
    static TimeDependentTravel of(List<TrafficZone> zones, List<GeoPoint> locations, LocalDate date, ZoneId zone) {
        return ZoneRushHours.of(zones, locations, date, zone);
    }

    /** True when every trip drives at free flow. */
    boolean isFreeFlow();

    /** Seconds from one location to another of {@code freeFlowSeconds} at free flow, leaving at a solver time. */
    double secondsLeavingAt(int from, int to, double freeFlowSeconds, double departure);

    /** Seconds from one location to another of {@code freeFlowSeconds} at free flow, arriving at a solver time. */
    double secondsArrivingAt(int from, int to, double freeFlowSeconds, double arrival);
}
