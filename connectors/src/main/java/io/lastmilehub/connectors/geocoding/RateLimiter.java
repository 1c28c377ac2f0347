package io.lastmilehub.connectors.geocoding;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Lets at most one request start per minimum interval, across all threads. Each caller reserves the next free slot
 * (under a lock, so two callers never get the same one) and then waits for it outside the lock; callers are served
 * in the order they arrived. The clock and the wait are injectable so that tests need not sleep.
 */
final class RateLimiter {

    /** How a caller waits for its slot; {@link Thread#sleep} in production. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private long nextFreeNanos;
    private boolean used;

    RateLimiter(Duration minInterval, LongSupplier nanoClock, Sleeper sleeper) {
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException("minInterval: must not be negative, was " + minInterval);
        }
        this.intervalNanos = minInterval.toNanos();
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** A limiter on the system's monotonic clock. */
    static RateLimiter withMinInterval(Duration minInterval) {
        return new RateLimiter(minInterval, System::nanoTime, duration -> Thread.sleep(duration.toMillis(),
                duration.toNanosPart() % 1_000_000));
    }

    /**
     * Blocks until the caller may send its request.
     *
     * @throws InterruptedException when interrupted while waiting; the slot is then lost, not given back
     */
    void acquire() throws InterruptedException {
        long wait = reserve();
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }

    /** Reserves the next slot and answers how long to wait for it, in nanoseconds. */
    private synchronized long reserve() {
        long now = nanoClock.getAsLong();
        // nanoTime values may be negative and wrap, so compare differences, never the values themselves
        long slot = used && nextFreeNanos - now > 0 ? nextFreeNanos : now;
        used = true;
        nextFreeNanos = slot + intervalNanos;
        return slot - now;
    }
}
