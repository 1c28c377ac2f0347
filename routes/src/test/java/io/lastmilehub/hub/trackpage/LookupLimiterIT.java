package io.lastmilehub.hub.trackpage;

import io.lastmilehub.hub.scheduling.OncePerTick;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.model.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The limiter of unknown tracking tokens as two hub instances on one database count it. */
class LookupLimiterIT extends HubIntegrationTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2030-03-01T10:00:05Z"));
    private final String client = "10.0." + UUID.randomUUID();
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OncePerTick ticks;

    @Test
    void whenAClientTriedTooManyUnknownTokensOnTwoInstances_bothShouldRefuseItUntilTheMinuteIsOver() {
        LookupLimiter first = instance();
        LookupLimiter second = instance();

        first.failed(client);
        assertThat(second.allows(client)).isTrue();
        second.failed(client);

        assertThat(first.allows(client)).isFalse();
        assertThat(second.allows(client)).isFalse();
        assertThat(second.allows(client + ".2")).isTrue();
        clock.set(Instant.parse("2030-03-01T10:01:00Z"));
        assertThat(first.allows(client)).isTrue();
    }

    @Test
    void theCountsOfMinutesPastShouldBePurged_thoseOfTheCurrentMinuteKept() {
        LookupLimiter limiter = instance();
        limiter.failed(client);
        clock.set(Instant.parse("2030-03-01T10:01:00Z"));
        limiter.failed(client + ".now");

        limiter.purge();

        assertThat(jdbc.queryForList("SELECT client FROM tracking_lookup_failure WHERE client IN (?, ?)",
                String.class, client, client + ".now")).containsExactly(client + ".now");
    }

    private LookupLimiter instance() {
        return new LookupLimiter(jdbc, ticks, new TrackingPageProperties("", 3, Duration.ofMinutes(15), "", "", 2),
                clock);
    }
}
