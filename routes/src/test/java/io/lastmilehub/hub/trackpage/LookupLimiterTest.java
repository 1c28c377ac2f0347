package io.lastmilehub.hub.trackpage;

import io.lastmilehub.model.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LookupLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2030-03-01T10:00:05Z"));
    private final LookupLimiter limiter = new LookupLimiter(new TrackingPageProperties("", 3, Duration.ofMinutes(15),
            "", "", 2), clock);

    @Test
    void whenAClientTriedTooManyUnknownTokens_itShouldBeRefusedUntilTheMinuteIsOver() {
        limiter.failed("10.0.0.1");
        assertThat(limiter.allows("10.0.0.1")).isTrue();

        limiter.failed("10.0.0.1");

        assertThat(limiter.allows("10.0.0.1")).isFalse();
        assertThat(limiter.allows("10.0.0.2")).isTrue();
        clock.set(Instant.parse("2030-03-01T10:01:00Z"));
        assertThat(limiter.allows("10.0.0.1")).isTrue();
    }
}
