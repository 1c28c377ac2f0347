package io.lastmilehub.hub.tracking;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.TrackingPosition;
import io.lastmilehub.tracking.ChainResult;
import io.lastmilehub.tracking.StopEta;
import io.lastmilehub.tracking.TrackedPosition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingServiceTest {

    private static final Instant NOON = Instant.parse("2026-11-20T17:00:00Z");

    @Test
    void whenAStopIsDelayed_itShouldTellHowFarBehindPlanTheVehicleIsThere() {
        ChainResult result = resultWith(List.of(
                new StopEta(1, "ord-1", NOON, NOON.plus(Duration.ofMinutes(12))),
                new StopEta(2, "ord-2", NOON.plus(Duration.ofMinutes(20)), NOON.plus(Duration.ofMinutes(47)))));

        assertThat(TrackingService.behindPlan("ord-2", result)).contains(Duration.ofMinutes(27));
        assertThat(TrackingService.behindPlan("ord-9", result)).isEmpty();
    }

    @Test
    void whenThePositionWasDropped_itShouldKnowNoDelay() {
        ChainResult dropped = new ChainResult(Optional.empty(), "no fix", List.of(), List.of());

        assertThat(TrackingService.behindPlan("ord-1", dropped)).isEmpty();
    }

    private static ChainResult resultWith(List<StopEta> etas) {
        TrackingPosition position = TrackingPosition.builder().tenant("demo").deviceId("van-1-phone")
                .vehicleId("van-1").time(NOON)
                .location(GeoPoint.builder().latitude(45.42).longitude(-75.69).build()).build();
        TrackedPosition tracked = new TrackedPosition(position, true, List.of(), 0, 0, true, etas);
        return new ChainResult(Optional.of(tracked), null, List.of(), List.of());
    }
}
