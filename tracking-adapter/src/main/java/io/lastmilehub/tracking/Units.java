package io.lastmilehub.tracking;

/**
 * Unit conversions of the wire formats into the canonical units (km/h, metres, percent).
 */
final class Units {

    /** One knot (nautical mile per hour) in km/h. */
    static final double KMH_PER_KNOT = 1.852;

    /** One m/s in km/h. */
    static final double KMH_PER_MPS = 3.6;

    private Units() {
    }

    static double knotsToKmh(double knots) {
        return knots * KMH_PER_KNOT;
    }

    static double mpsToKmh(double metresPerSecond) {
        return metresPerSecond * KMH_PER_MPS;
    }
}
