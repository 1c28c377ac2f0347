package io.lastmilehub.planning;

/** A span of solver time, in seconds since the start of the planning day; end may be infinite. */
record Interval(double start, double end) {

    /** All of time from the start of the day on. */
    static final Interval ANY_TIME = new Interval(0, Double.MAX_VALUE);

    Interval {
        Checks.check(start >= 0 && end >= start, "interval must satisfy 0 <= start <= end: " + start + ".." + end);
    }
}
