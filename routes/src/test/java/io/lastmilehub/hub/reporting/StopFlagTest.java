package io.lastmilehub.hub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StopFlagTest {

    private static final Instant WINDOW_END = Instant.parse("2026-12-05T16:00:00Z");
    private static final Instant BEFORE_END = WINDOW_END.minusSeconds(600);
    private static final Instant AFTER_END = WINDOW_END.plusSeconds(600);

    @Test
    void whenTheWindowEndedWithoutAnAttempt_itShouldBeLate() {
        assertThat(StopFlag.of(WINDOW_END, null, null, BEFORE_END, AFTER_END)).isEqualTo(StopFlag.LATE);
    }

    @Test
    void whenDeliveredAfterTheWindow_itShouldBeLate() {
        assertThat(StopFlag.of(WINDOW_END, AFTER_END, AFTER_END, BEFORE_END, AFTER_END)).isEqualTo(StopFlag.LATE);
    }

    @Test
    void whenDeliveredInTheWindow_itShouldBeOnTrackAfterTheWindowToo() {
        assertThat(StopFlag.of(WINDOW_END, BEFORE_END, BEFORE_END, null, AFTER_END)).isEqualTo(StopFlag.ON_TRACK);
    }

    @Test
    void whenAttemptedInTheWindowButFailed_itShouldBeOnTrack() {
        assertThat(StopFlag.of(WINDOW_END, null, BEFORE_END, AFTER_END, AFTER_END)).isEqualTo(StopFlag.ON_TRACK);
    }

    @Test
    void whenExpectedAfterTheWindowAndNotAttempted_itShouldBeAtRisk() {
        assertThat(StopFlag.of(WINDOW_END, null, null, AFTER_END, BEFORE_END)).isEqualTo(StopFlag.AT_RISK);
    }

    @Test
    void whenExpectedInTheWindow_itShouldBeOnTrack() {
        assertThat(StopFlag.of(WINDOW_END, null, null, BEFORE_END, BEFORE_END)).isEqualTo(StopFlag.ON_TRACK);
    }

    @Test
    void whenTheStopHasNoWindow_itShouldBeOnTrack() {
        assertThat(StopFlag.of(null, null, null, AFTER_END, AFTER_END)).isEqualTo(StopFlag.ON_TRACK);
    }
}
