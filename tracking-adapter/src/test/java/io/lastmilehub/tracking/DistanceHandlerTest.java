package io.lastmilehub.tracking;

import org.junit.jupiter.api.Test;

import static io.lastmilehub.tracking.RouteFixtures.DEPOT;
import static io.lastmilehub.tracking.RouteFixtures.T0;
import static io.lastmilehub.tracking.RouteFixtures.context;
import static io.lastmilehub.tracking.RouteFixtures.north;
import static io.lastmilehub.tracking.RouteFixtures.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DistanceHandlerTest {

    private final DistanceHandler handler = new DistanceHandler(TrackingConfig.defaults());
    private final DeviceState state = new DeviceState("acme", "van-1");

    @Test
    void whenFirstPosition_itShouldStartAtZero() {
        TrackedPosition result = handler.handle(position(DEPOT, T0, null), context(T0, state)).orElseThrow();

        assertThat(result.odometerMeters()).isZero();
    }

    @Test
    void whenMoved_itShouldAddTheDistanceToTheOdometer() {
        state.accept(position(DEPOT, T0, null).withDistance(0, 1_000));

        TrackedPosition result = handler.handle(position(north(DEPOT, 300), T0.plusSeconds(60), null),
                context(T0, state)).orElseThrow();

        assertThat(result.distanceMeters()).isCloseTo(300, within(1.0));
        assertThat(result.odometerMeters()).isCloseTo(1_300, within(1.0));
    }

    @Test
    void whenOnlyGpsJitter_itShouldAddNothing() {
        state.accept(position(DEPOT, T0, null).withDistance(0, 1_000));

        TrackedPosition result = handler.handle(position(north(DEPOT, 2), T0.plusSeconds(60), null),
                context(T0, state)).orElseThrow();

        assertThat(result.odometerMeters()).isEqualTo(1_000);
    }

    @Test
    void distanceOfOneDegreeOfLatitude() {
        assertThat(RouteFixtures.point(0, 0).distanceMetersTo(RouteFixtures.point(1, 0)))
                .isCloseTo(111_195, within(1.0));
    }
}
