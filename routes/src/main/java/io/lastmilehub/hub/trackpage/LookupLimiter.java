package io.lastmilehub.hub.trackpage;

import io.lastmilehub.hub.scheduling.OncePerTick;
import io.lastmilehub.hub.scheduling.ScheduledJob;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Slows down guessing of tracking tokens: a client address that asked for too many unknown tokens in the current
 * minute is refused until the minute is over. Tokens carry 128 random bits, so this is about load and log noise more
 * than about the odds; known tokens are never limited. The counts are in the database (table
 * {@code tracking_lookup_failure}), so that a guesser whose requests a load balancer spreads over N hub instances
 * gets the limit once, not N times; minutes past are deleted every five minutes.
 */
@Component
public class LookupLimiter {

    /** The longest client address kept; longer ones (not an IPv4 or IPv6 address) are cut. */
    private static final int MAX_CLIENT = 100;

    private final JdbcTemplate jdbc;
    private final OncePerTick ticks;
    private final int limit;
    private final Clock clock;

    public LookupLimiter(JdbcTemplate jdbc, OncePerTick ticks, TrackingPageProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.ticks = ticks;
        this.limit = settings.failedLookupsPerMinute();
        this.clock = clock;
    }

    /** Whether the client may look a token up now. */
    public boolean allows(String client) {
        Integer failures = jdbc.query("SELECT failures FROM tracking_lookup_failure WHERE client = ? "
                + "AND minute_start = ?", rs -> rs.next() ? rs.getInt(1) : null, key(client), minute());
        return failures == null || failures < limit;
    }

    /** Counts a lookup of an unknown token. */
    public void failed(String client) {
        OffsetDateTime minute = minute();
        if (jdbc.update("UPDATE tracking_lookup_failure SET failures = failures + 1 WHERE client = ? "
                + "AND minute_start = ?", key(client), minute) > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO tracking_lookup_failure (client, minute_start, failures) VALUES (?, ?, 1)",
                    key(client), minute);
        } catch (DuplicateKeyException anotherInstanceCountedFirst) {
            failed(client);
        }
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 300_000)
    void everyFiveMinutes() {
        ticks.run(ScheduledJob.TRACKING_LOOKUP_FAILURE_PURGE, this::purge);
    }

    /** Deletes the counts of the minutes past; returns how many. */
    int purge() {
        return jdbc.update("DELETE FROM tracking_lookup_failure WHERE minute_start < ?", minute());
    }

    /** The current minute, in UTC: instances in other time zones count in the same row. */
    private OffsetDateTime minute() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC);
    }

    private static String key(String client) {
        return client.length() > MAX_CLIENT ? client.substring(0, MAX_CLIENT) : client;
    }
}
