package io.lastmilehub.planning.travel;

/**
 * Distance and driving time of one trip between two points.
 *
 * @param distanceMeters  driving distance in metres, zero or positive
 * @param durationSeconds driving time in seconds, zero or positive
 */
public record TravelLeg(double distanceMeters, double durationSeconds) {

    /** No distance, no time: a trip from a point to itself. */
    public static final TravelLeg ZERO = new TravelLeg(0, 0);

    /** @throws IllegalArgumentException if a value is negative or not finite */
    public TravelLeg {
        requireNonNegative("distanceMeters", distanceMeters);
        requireNonNegative("durationSeconds", durationSeconds);
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and not negative, was " + value);
        }
    }
}
