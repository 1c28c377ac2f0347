package io.lastmilehub.tracking;

import org.junit.jupiter.api.Test;

import static io.lastmilehub.tracking.RouteFixtures.DEPOT;
import static io.lastmilehub.tracking.RouteFixtures.T0;
import static io.lastmilehub.tracking.RouteFixtures.context;
import static io.lastmilehub.tracking.RouteFixtures.north;
import static io.lastmilehub.tracking.RouteFixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

class MotionHandlerTest {

    private final MotionHandler handler = new MotionHandler(TrackingConfig.defaults());
    private final DeviceState state = new DeviceState("acme", "van-1");

    @Test
    void whenReportedSpeedAboveThreshold_itShouldBeMoving() {
        assertThat(handler.handle(position(DEPOT, T0, 25.0), context(T0, state)).orElseThrow().moving()).isTrue();
    }

    @Test
    void whenReportedSpeedZero_itShouldBeStill() {
        assertThat(handler.handle(position(DEPOT, T0, 0.0), context(T0, state)).orElseThrow().moving()).isFalse();
    }

    @Test
    void whenNoSpeed_itShouldDeriveItFromDistanceAndTime() {
        state.accept(position(DEPOT, T0.minusSeconds(60), null));
        TrackedPosition moved = position(north(DEPOT, 300), T0, null).withDistance(300, 300); // 18 km/h

        assertThat(handler.handle(moved, context(T0, state)).orElseThrow().moving()).isTrue();
    }

    @Test
    void whenNoSpeedAndNoHistory_itShouldBeStill() {
        assertThat(handler.handle(position(DEPOT, T0, null), context(T0, state)).orElseThrow().moving()).isFalse();
    }
}
