package io.lastmilehub.hub.tracking;

import io.lastmilehub.model.GeoPoint;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EtaThrottleTest {

    private static final Instant NOON = Instant.parse("2026-12-05T12:00:00Z");
    private static final GeoPoint VAN = GeoPoint.builder().latitude(45.4).longitude(-75.7).build();

    private final EtaThrottle throttle = new EtaThrottle(new EtaProperties(Duration.ofMinutes(2),
            Duration.ofMinutes(1)));

    @Test
    void whenNothingWasPublished_everyEtaShouldBe() {
        List<EtaUpdate> ahead = List.of(eta("a", 0, NOON, NOON), eta("b", 1, NOON, NOON));

        assertThat(throttle.changed(ahead)).isEqualTo(ahead);
    }

    @Test
    void whenOnlyOneEtaMovedByTheThreshold_onlyItShouldBePublished() {
        publish(eta("a", 0, NOON, NOON), eta("b", 1, NOON.plusSeconds(600), NOON));

        EtaUpdate moved = eta("b", 1, NOON.plusSeconds(720), NOON.plusSeconds(30));
        assertThat(throttle.changed(List.of(eta("a", 0, NOON.plusSeconds(119), NOON.plusSeconds(30)), moved)))
                .containsExactly(moved);
    }

    @Test
    void whenTheStopsBeforeChanged_theEtaShouldBePublishedThoughItHardlyMoved() {
        publish(eta("a", 0, NOON, NOON), eta("b", 1, NOON.plusSeconds(600), NOON));

        EtaUpdate next = eta("b", 0, NOON.plusSeconds(610), NOON.plusSeconds(10));
        assertThat(throttle.changed(List.of(next))).containsExactly(next);
    }

    @Test
    void whenAnEtaWasNotPublishedForTheRefreshInterval_itShouldBeAgain() {
        publish(eta("a", 0, NOON, NOON));

        assertThat(throttle.changed(List.of(eta("a", 0, NOON, NOON.plusSeconds(59))))).isEmpty();
        assertThat(throttle.changed(List.of(eta("a", 0, NOON, NOON.plusSeconds(60))))).hasSize(1);
    }

    @Test
    void whenAnOrderIsNoLongerAhead_itShouldBeForgotten() {
        publish(eta("a", 0, NOON, NOON), eta("b", 1, NOON, NOON));
        throttle.remember("t", "van", List.of(eta("b", 0, NOON, NOON)), List.of());

        assertThat(throttle.changed(List.of(eta("a", 0, NOON, NOON)))).hasSize(1);
    }

    private void publish(EtaUpdate... etas) {
        throttle.remember("t", "van", List.of(etas), List.of(etas));
    }

    private static EtaUpdate eta(String orderId, int stopsBefore, Instant eta, Instant positionTime) {
        return new EtaUpdate("t", orderId, "plan-1", "van", stopsBefore + 1, stopsBefore, eta, eta, 0, VAN,
                positionTime);
    }
}
