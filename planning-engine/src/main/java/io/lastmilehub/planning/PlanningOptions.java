package io.lastmilehub.planning;

import java.time.Duration;

/**
 * How long and how the solver searches. The search stops at whichever comes first: {@code maxIterations} or
 * {@code timeBudget}. With one thread the same request and seed give the same plan.
 *
 * @param maxIterations    ruin-and-recreate iterations at most, at least 1; default {@value #DEFAULT_MAX_ITERATIONS}
 * @param timeBudget       wall-clock time for the search at most, positive; default 30 seconds
 * @param threads          solver threads, at least 1; default 1. With more than one, a problem that is not large
 *                         runs that many whole searches side by side, each with seeds of its own, and keeps the
 *                         cheapest plan; a large one shares jsprit's threads in one search
 * @param randomSeed       seed of the solver's random numbers; default {@value #DEFAULT_RANDOM_SEED}
 * @param progressListener told after each iteration; default {@link PlanningProgressListener#NONE}
 * @param ejectionPool     whether the search spends a fifth of the budget, after its first phase, on route
 *                         minimisation with an ejection pool (Nagata and Bräysy; the module's README says what it
 *                         gained); default {@value #DEFAULT_EJECTION_POOL}
 */
public record PlanningOptions(int maxIterations, Duration timeBudget, int threads, long randomSeed,
                              PlanningProgressListener progressListener, boolean ejectionPool) {

    /** jsprit's own default. */
    public static final int DEFAULT_MAX_ITERATIONS = 2000;

    /** Default time budget. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(30);

    /** Default seed. */
    public static final long DEFAULT_RANDOM_SEED = 4711L;

    /**
     * Route minimisation with an ejection pool is on by default: with its screen ({@code EjectionScreen}) it saved
     * vehicles on the R1 and RC1 classes at 10 s per instance, with two seeds (module README, 2026-12-06).
     */
    public static final boolean DEFAULT_EJECTION_POOL = true;

    /** @throws IllegalArgumentException naming the first value out of range */
    public PlanningOptions {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        Checks.notNull(timeBudget, "timeBudget");
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive, was " + timeBudget);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        Checks.notNull(progressListener, "progressListener (use PlanningProgressListener.NONE)");
    }

    /** All defaults. */
    public static PlanningOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder().maxIterations(maxIterations).timeBudget(timeBudget).threads(threads)
                .randomSeed(randomSeed).progressListener(progressListener).ejectionPool(ejectionPool);
    }

    /** Builds {@link PlanningOptions}; {@link #build()} validates. */
    public static final class Builder {

        private int maxIterations = DEFAULT_MAX_ITERATIONS;
        private Duration timeBudget = DEFAULT_TIME_BUDGET;
        private int threads = 1;
        private long randomSeed = DEFAULT_RANDOM_SEED;
        private PlanningProgressListener progressListener = PlanningProgressListener.NONE;
        private boolean ejectionPool = DEFAULT_EJECTION_POOL;

        private Builder() {
        }

        /** Iterations at most. */
        public Builder maxIterations(int maxIterations) {
            this.maxIterations = maxIterations;
            return this;
        }

        /** Search time at most. */
        public Builder timeBudget(Duration timeBudget) {
            this.timeBudget = timeBudget;
            return this;
        }

        /** Solver threads. */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Seed of the solver's random numbers. */
        public Builder randomSeed(long randomSeed) {
            this.randomSeed = randomSeed;
            return this;
        }

        /** Told after each iteration. */
        public Builder progressListener(PlanningProgressListener progressListener) {
            this.progressListener = progressListener;
            return this;
        }

        /** Whether the search minimises routes with an ejection pool. */
        public Builder ejectionPool(boolean ejectionPool) {
            this.ejectionPool = ejectionPool;
            return this;
        }

        /** @throws IllegalArgumentException naming the first value out of range */
        public PlanningOptions build() {
            return new PlanningOptions(maxIterations, timeBudget, threads, randomSeed, progressListener,
                    ejectionPool);
        }
    }
}
