package io.lastmilehub.planning.travel;

import java.util.BitSet;
import java.util.Objects;

/**
 * Immutable square table of distances (metres) and durations (seconds) between locations numbered 0 to n-1. The
 * diagonal is zero. A pair a road router finds no road for is {@linkplain #routed(int, int) not routed}: it reads
 * as 100,000 km and a week's drive ({@link #NO_ROUTE_METRES}, {@link #NO_ROUTE_SECONDS}), so that no shift or range
 * ever takes it even where only the numbers are read (the solver's costs and time windows), while the pre-check
 * asks {@link #routed} to say why an order cannot be reached.
 */
public final class TravelMatrix {

    /** Computes the trip from location {@code from} to location {@code to}. */
    @FunctionalInterface
    public interface LegFunction {

        /** The trip between two location numbers, null when there is no road; never called with from == to. */
        TravelLeg leg(int from, int to);
    }

    /** What a pair without a route reads as: further than any vehicle's range. */
    public static final double NO_ROUTE_METRES = 100_000_000;
    /** What a pair without a route reads as: longer than any shift. */
    public static final double NO_ROUTE_SECONDS = 604_800;

    private final int size;
    private final double[] distances;
    private final double[] durations;
    private final BitSet noRoute;

    private TravelMatrix(int size, double[] distances, double[] durations, BitSet noRoute) {
        this.size = size;
        this.distances = distances;
        this.durations = durations;
        this.noRoute = noRoute;
    }

    /**
     * Fills a matrix of {@code size} locations by asking the function for every ordered pair of distinct locations;
     * a pair it returns null for is not routed.
     *
     * @throws IllegalArgumentException if size is negative
     */
    public static TravelMatrix compute(int size, LegFunction legs) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, was " + size);
        }
        Objects.requireNonNull(legs, "legs must not be null");
        double[] distances = new double[size * size];
        double[] durations = new double[size * size];
        BitSet noRoute = new BitSet();
        for (int from = 0; from < size; from++) {
            for (int to = 0; to < size; to++) {
                if (from == to) {
                    continue;
                }
                TravelLeg leg = legs.leg(from, to);
                int cell = from * size + to;
                if (leg == null) {
                    noRoute.set(cell);
                    distances[cell] = NO_ROUTE_METRES;
                    durations[cell] = NO_ROUTE_SECONDS;
                } else {
                    distances[cell] = leg.distanceMeters();
                    durations[cell] = leg.durationSeconds();
                }
            }
        }
        return new TravelMatrix(size, distances, durations, noRoute);
    }

    /** Number of locations. */
    public int size() {
        return size;
    }

    /** Driving distance in metres. */
    public double distanceMeters(int from, int to) {
        return distances[index(from, to)];
    }

    /** Driving time in seconds. */
    public double durationSeconds(int from, int to) {
        return durations[index(from, to)];
    }

    /** Whether there is a road from one location to the other (always from a location to itself). */
    public boolean routed(int from, int to) {
        return !noRoute.get(index(from, to));
    }

    /** Distance and duration together. */
    public TravelLeg leg(int from, int to) {
        return new TravelLeg(distanceMeters(from, to), durationSeconds(from, to));
    }

    private int index(int from, int to) {
        if (from < 0 || from >= size || to < 0 || to >= size) {
            throw new IndexOutOfBoundsException("location " + from + " -> " + to + " outside 0.." + (size - 1));
        }
        return from * size + to;
    }
}
