package io.lastmilehub.hub.inbound.jobs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code Prefer} header as RFC 7240 writes it: preferences by comma, parameters by semicolon, any case. */
class InboundJobsTest {

    @ParameterizedTest
    @ValueSource(strings = {"respond-async", "Respond-Async", "respond-async, wait=10", "wait=10, respond-async",
        " respond-async ;foo=bar", "return=minimal,respond-async"})
    void aSenderAsksForAJobWithRespondAsyncAmongItsPreferences(String prefer) {
        assertThat(InboundJobs.asksForAsync(prefer)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "wait=10", "return=representation", "respond-asynchronously", "x-respond-async"})
    void anyOtherPreferenceOrNoneIsAnsweredWhenStored(String prefer) {
        assertThat(InboundJobs.asksForAsync(prefer)).isFalse();
    }
}
