package io.lastmilehub.hub.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The running hub's clock in the ITs: the system clock, moved forward while a test needs a later "now" (an expired
 * code). The hub keeps running in real time, so only a shift is settable, never a frozen instant. Its zoned views
 * ({@link #withZone}) share the shift.
 */
public final class ShiftableClock extends Clock {

    private final AtomicReference<Duration> shift;
    private final ZoneId zone;

    public ShiftableClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private ShiftableClock(AtomicReference<Duration> shift, ZoneId zone) {
        this.shift = shift;
        this.zone = zone;
    }

    /** Moves "now" forward by {@code by} (from the system clock) until {@link #reset()}. */
    public void shift(Duration by) {
        shift.set(by);
    }

    /** Back to the system clock. */
    public void reset() {
        shift.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ShiftableClock(shift, other);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift.get());
    }
}
