package io.lastmilehub.hub.trackpage;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slows down guessing of tracking tokens: a client address that asked for too many unknown tokens in the current
 * minute is refused until the minute is over. Tokens carry 128 random bits, so this is about load and log noise more
 * than about the odds; known tokens are never limited.
 */
@Component
public class LookupLimiter {

    /** Addresses remembered at most; beyond, the counts start over (a flood of addresses is the network's job). */
    private static final int MAX_CLIENTS = 10_000;

    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final int limit;
    private final Clock clock;
    private volatile long minute;

    public LookupLimiter(TrackingPageProperties settings, Clock clock) {
        this.limit = settings.failedLookupsPerMinute();
        this.clock = clock;
    }

    /** Whether the client may look a token up now. */
    public boolean allows(String client) {
        startMinute();
        AtomicInteger count = failures.get(client);
        return count == null || count.get() < limit;
    }

    /** Counts a lookup of an unknown token. */
    public void failed(String client) {
        startMinute();
        if (failures.size() >= MAX_CLIENTS) {
            failures.clear();
        }
        failures.computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet();
    }

    private void startMinute() {
        long now = clock.millis() / 60_000;
        if (now != minute) {
            minute = now;
            failures.clear();
        }
    }
}
