package io.lastmilehub.planning.travel;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.RushHour;
import io.lastmilehub.model.TrafficZone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Travel times that know the time of day: the free-flow seconds of a matrix, stretched by the rush hours of the
 * depot's {@link TrafficZone traffic zones}. A trip's factor at a moment is the mean of the factors of the zones its
 * start and its end lie in (a place in no zone drives at free flow). Times are solver seconds since the start of the
 * planning date in the depot's zone, so rush hours in local time stay right across a daylight-saving change.
 */
final class ZoneRushHours implements TimeDependentTravel {

    /** Free flow all day, for a depot without traffic zones. */
    static final ZoneRushHours FREE_FLOW = new ZoneRushHours(new int[0],
            new SlowdownSteps[][] {{SlowdownSteps.FREE_FLOW}});

    /** Zone of each matrix location, {@code zones.size()} for none. */
    private final int[] zoneOfLocation;
    /** Steps of each pair of zones, the last index standing for "no zone". */
    private final SlowdownSteps[][] pairs;

    private ZoneRushHours(int[] zoneOfLocation, SlowdownSteps[][] pairs) {
        this.zoneOfLocation = zoneOfLocation;
        this.pairs = pairs;
    }

    /**
     * The travel of one planning day.
     *
     * @param zones     the depot's traffic zones, in order of precedence
     * @param locations the matrix locations, by index
     * @param date      the planning date; rush hours of the day before (running past midnight) and after count too
     * @param zone      the depot's time zone
     */
    static ZoneRushHours of(List<TrafficZone> zones, List<GeoPoint> locations, LocalDate date, ZoneId zone) {
        if (isQuiet(zones)) {
            return FREE_FLOW;
        }
        int[] zoneOfLocation = new int[locations.size()];
        for (int i = 0; i < zoneOfLocation.length; i++) {
            zoneOfLocation[i] = zoneOf(locations.get(i), zones);
        }
        return new ZoneRushHours(zoneOfLocation, pairsOf(zones, date, zone));
    }

    /** True when no zone has a rush hour: every trip drives at free flow. */
    static boolean isQuiet(List<TrafficZone> zones) {
        return zones.stream().allMatch(z -> z.getRushHours().isEmpty());
    }

    /**
     * The moments of a day (solver seconds, the day before and after included) at which some zone's factor changes:
     * the boundaries of the day's time slices. Empty when no zone has a rush hour.
     */
    static double[] changesOf(List<TrafficZone> zones, LocalDate date, ZoneId zone) {
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        TreeSet<Double> moments = new TreeSet<>();
        for (TrafficZone trafficZone : zones) {
            for (double change : stepsOf(trafficZone.getRushHours(), date, zone, dayStart).changes()) {
                moments.add(change);
            }
        }
        return moments.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The steps of every pair of zones on a day, the last index standing for "no zone". */
    static SlowdownSteps[][] pairsOf(List<TrafficZone> zones, LocalDate date, ZoneId zone) {
        int none = zones.size();
        SlowdownSteps[] single = new SlowdownSteps[none + 1];
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        for (int z = 0; z < none; z++) {
            single[z] = stepsOf(zones.get(z).getRushHours(), date, zone, dayStart);
        }
        single[none] = SlowdownSteps.FREE_FLOW;
        SlowdownSteps[][] pairs = new SlowdownSteps[none + 1][none + 1];
        for (int a = 0; a <= none; a++) {
            for (int b = 0; b <= none; b++) {
                pairs[a][b] = mean(single[a], single[b]);
            }
        }
        return pairs;
    }

    @Override
    public boolean isFreeFlow() {
        return zoneOfLocation.length == 0;
    }

    @Override
    public double secondsLeavingAt(int from, int to, double freeFlowSeconds, double departure) {
        return isFreeFlow() ? freeFlowSeconds : steps(from, to).secondsLeavingAt(departure, freeFlowSeconds);
    }

    @Override
    public double secondsArrivingAt(int from, int to, double freeFlowSeconds, double arrival) {
        return isFreeFlow() ? freeFlowSeconds : steps(from, to).secondsArrivingAt(arrival, freeFlowSeconds);
    }

    private SlowdownSteps steps(int from, int to) {
        return pairs[zoneOfLocation[from]][zoneOfLocation[to]];
    }

    /** The index of the first zone holding the point; {@code zones.size()} for none. */
    static int zoneOf(GeoPoint point, List<TrafficZone> zones) {
        for (int z = 0; z < zones.size(); z++) {
            if (zones.get(z).contains(point)) {
                return z;
            }
        }
        return zones.size();
    }

    /** One zone's steps: where rush hours overlap, the largest factor holds. */
    private static SlowdownSteps stepsOf(List<RushHour> rushHours, LocalDate date, ZoneId zone, Instant dayStart) {
        TreeSet<Double> moments = new TreeSet<>();
        List<double[]> windows = new ArrayList<>();
        for (LocalDate day = date.minusDays(1); !day.isAfter(date.plusDays(1)); day = day.plusDays(1)) {
            for (RushHour rushHour : rushHours) {
                if (rushHour.appliesOn(day.getDayOfWeek())) {
                    double start = seconds(day, rushHour.getFrom(), zone, dayStart);
                    LocalDate endDay = rushHour.getTo().isAfter(rushHour.getFrom()) ? day : day.plusDays(1);
                    double end = seconds(endDay, rushHour.getTo(), zone, dayStart);
                    windows.add(new double[] {start, end, rushHour.getFactor()});
                    moments.add(start);
                    moments.add(end);
                }
            }
        }
        return SlowdownSteps.sampled(moments, time -> windows.stream().filter(w -> w[0] <= time && time < w[1])
                .mapToDouble(w -> w[2]).max().orElse(1));
    }

    private static SlowdownSteps mean(SlowdownSteps a, SlowdownSteps b) {
        TreeSet<Double> moments = new TreeSet<>();
        for (double change : a.changes()) {
            moments.add(change);
        }
        for (double change : b.changes()) {
            moments.add(change);
        }
        return SlowdownSteps.sampled(moments, time -> (a.factorAt(time) + b.factorAt(time)) / 2);
    }

    private static double seconds(LocalDate day, LocalTime time, ZoneId zone, Instant dayStart) {
        return Duration.between(dayStart, day.atTime(time).atZone(zone).toInstant()).toMillis() / 1000.0;
    }
}
