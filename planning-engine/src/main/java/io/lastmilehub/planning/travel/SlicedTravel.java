package io.lastmilehub.planning.travel;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.TrafficZone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Travel times from a routing service's matrices per time slice of the day. The slice a trip is in at a moment gives
 * how long the whole trip takes at that moment's traffic; a trip that runs into the next slice drives the part of it
 * still to do at that slice's speed (Ichoua, Gendreau and Potvin's model), so leaving later never means arriving
 * earlier, whatever the matrices say. The slices hold the times: the free-flow seconds passed in are not used, and no
 * rush-hour factor is applied on top.
 */
public final class SlicedTravel implements TimeDependentTravel {

    /** {@code boundaries[k]} is where slice k ends and slice k + 1 starts; slice 0 starts at minus infinity. */
    private final double[] boundaries;
    private final TravelMatrix[] slices;

    /**
     * @param boundaries solver times where one slice ends and the next starts, ascending
     * @param slices     one matrix per slice, one more than there are boundaries, all of the same locations
     * @throws IllegalArgumentException if the counts, the order or the sizes do not fit
     */
    public SlicedTravel(double[] boundaries, List<TravelMatrix> slices) {
        if (slices.size() != boundaries.length + 1) {
            throw new IllegalArgumentException(boundaries.length + " boundaries need " + (boundaries.length + 1)
                    + " slices, not " + slices.size());
        }
        for (int k = 1; k < boundaries.length; k++) {
            if (!(boundaries[k] > boundaries[k - 1])) {
                throw new IllegalArgumentException("slice boundaries must ascend, " + boundaries[k] + " follows "
                        + boundaries[k - 1]);
            }
        }
        if (slices.stream().mapToInt(TravelMatrix::size).distinct().count() > 1) {
            throw new IllegalArgumentException("the slices' matrices differ in size");
        }
        this.boundaries = boundaries.clone();
        this.slices = slices.toArray(new TravelMatrix[0]);
    }

    /**
     * Asks a routing service for a profile's matrix in each time slice of a planning day, the slices cut where the
     * rush hours of the depot's zones begin or end (in its local time, the day before and after included).
     */
    public static SlicedTravel ask(TimeSlicedTravelTimes service, List<GeoPoint> locations, TravelProfile profile,
                                   List<TrafficZone> zones, LocalDate date, ZoneId zone) {
        double[] boundaries = ZoneRushHours.changesOf(zones, date, zone);
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        List<TravelMatrix> slices = new ArrayList<>();
        for (int slice = 0; slice <= boundaries.length; slice++) {
            Instant start = slice == 0 ? Instant.MIN : instantAt(dayStart, boundaries[slice - 1]);
            Instant end = slice == boundaries.length ? Instant.MAX : instantAt(dayStart, boundaries[slice]);
            slices.add(service.matrix(locations, profile, start, end));
        }
        return new SlicedTravel(boundaries, slices);
    }

    private static Instant instantAt(Instant dayStart, double seconds) {
        return dayStart.plusMillis(Math.round(seconds * 1000));
    }

    @Override
    public boolean isFreeFlow() {
        return false;
    }

    @Override
    public double secondsLeavingAt(int from, int to, double freeFlowSeconds, double departure) {
        double time = departure;
        double left = 1; // share of the trip still to drive
        for (int slice = sliceAt(time); ; slice++) {
            double whole = slices[slice].durationSeconds(from, to);
            double end = slice < boundaries.length ? boundaries[slice] : Double.POSITIVE_INFINITY;
            if (whole <= 0 || time + left * whole <= end) {
                return time + left * Math.max(whole, 0) - departure;
            }
            left -= (end - time) / whole;
            time = end;
        }
    }

    @Override
    public double secondsArrivingAt(int from, int to, double freeFlowSeconds, double arrival) {
        double time = arrival;
        double left = 1;
        for (int slice = sliceBefore(time); ; slice--) {
            double whole = slices[slice].durationSeconds(from, to);
            double start = slice > 0 ? boundaries[slice - 1] : Double.NEGATIVE_INFINITY;
            if (whole <= 0 || time - left * whole >= start) {
                return arrival - (time - left * Math.max(whole, 0));
            }
            left -= (time - start) / whole;
            time = start;
        }
    }

    /** The slice holding at a moment: a boundary belongs to the slice it starts. */
    private int sliceAt(double time) {
        int found = Arrays.binarySearch(boundaries, time);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The slice holding just before a moment. */
    private int sliceBefore(double time) {
        int found = Arrays.binarySearch(boundaries, time);
        return found >= 0 ? found : -found - 1;
    }
}
