package io.lastmilehub.planning.travel;

import java.util.Objects;

/**
 * Immutable square table of distances (metres) and durations (seconds) between locations numbered 0 to n-1. The
 * diagonal is zero.
 */
public final class TravelMatrix {

    /** Computes the trip from location {@code from} to location {@code to}. */
    @FunctionalInterface
    public interface LegFunction {

        /** The trip between two location numbers; never called with from == to. */
        TravelLeg leg(int from, int to);
    }

    private final int size;
    private final double[] distances;
    private final double[] durations;

    private TravelMatrix(int size, double[] distances, double[] durations) {
        this.size = size;
        this.distances = distances;
        this.durations = durations;
    }

    /**
     * Fills a matrix of {@code size} locations by asking the function for every ordered pair of distinct locations.
     *
     * @throws IllegalArgumentException if size is negative or the function returns null
     */
    public static TravelMatrix compute(int size, LegFunction legs) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, was " + size);
        }
        Objects.requireNonNull(legs, "legs must not be null");
        double[] distances = new double[size * size];
        double[] durations = new double[size * size];
        for (int from = 0; from < size; from++) {
            for (int to = 0; to < size; to++) {
                if (from == to) {
                    continue;
                }
                TravelLeg leg = legs.leg(from, to);
                if (leg == null) {
                    throw new IllegalArgumentException("no trip from location " + from + " to " + to);
                }
                distances[from * size + to] = leg.distanceMeters();
                durations[from * size + to] = leg.durationSeconds();
            }
        }
        return new TravelMatrix(size, distances, durations);
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
