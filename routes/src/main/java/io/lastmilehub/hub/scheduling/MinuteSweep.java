package io.lastmilehub.hub.scheduling;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Instant;

/**
 * A sweep for what a crash left behind: run once the hub is up and then every minute, each run on one instance
 * ({@link OncePerTick}) and as at the moment it starts.
 */
public abstract class MinuteSweep {

    private final ScheduledJob job;
    private final OncePerTick ticks;
    private final Clock clock;

    protected MinuteSweep(ScheduledJob job, OncePerTick ticks, Clock clock) {
        this.job = job;
        this.ticks = ticks;
        this.clock = clock;
    }

    /** After a start: what a crash left (once across the instances, like every tick). */
    @EventListener(ApplicationReadyEvent.class)
    public void afterStart() {
        everyMinute();
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    public void everyMinute() {
        ticks.run(job, () -> sweep(clock.instant()));
    }

    /** Does the sweep's work as at {@code now}; returns how many things it handled. */
    public abstract int sweep(Instant now);
}
