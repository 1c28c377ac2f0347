package io.lastmilehub.planning;

/**
 * The iterations and wall-clock time one search phase may use, counted from its start.
 *
 * @param iterations iterations at most, at least 1
 * @param millis     milliseconds at most, at least 1
 * @param startNanos {@link System#nanoTime()} at the phase's start
 */
record PhaseBudget(int iterations, long millis, long startNanos) {

    PhaseBudget {
        iterations = Math.max(1, iterations);
        millis = Math.max(1, millis);
    }

    /** A budget that starts now. */
    static PhaseBudget startingNow(int iterations, long millis) {
        return new PhaseBudget(iterations, millis, System.nanoTime());
    }

    /** The share of the budget used after {@code iterationsDone}: iterations or time, whichever is further. */
    double usedShare(int iterationsDone) {
        double byIterations = (double) iterationsDone / iterations;
        double byTime = (System.nanoTime() - startNanos) / 1e6 / millis;
        return Math.min(1, Math.max(byIterations, byTime));
    }
}
