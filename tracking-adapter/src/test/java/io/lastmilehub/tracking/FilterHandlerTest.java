package io.lastmilehub.tracking;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.lastmilehub.tracking.RouteFixtures.DEPOT;
import static io.lastmilehub.tracking.RouteFixtures.T0;
import static io.lastmilehub.tracking.RouteFixtures.context;
import static io.lastmilehub.tracking.RouteFixtures.north;
import static io.lastmilehub.tracking.RouteFixtures.point;
import static io.lastmilehub.tracking.RouteFixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

class FilterHandlerTest {

    private final FilterHandler filter = new FilterHandler(TrackingConfig.defaults());
    private final DeviceState state = new DeviceState("acme", "van-1");

    @Test
    void whenPlausible_itShouldPass() {
        assertThat(filter.handle(position(DEPOT, T0, 20.0), context(T0, state))).isPresent();
    }

    @Test
    void whenZeroCoordinates_itShouldDrop() {
        assertDropped(position(point(0, 0), T0, null), "zero coordinates");
    }

    @Test
    void whenTheDeviceHasNoLock_itShouldDrop() {
        TrackedPosition noLock = new TrackedPosition(position(DEPOT, T0, null).position(), false, List.of(), 0, 0,
                false, List.of());
        assertDropped(noLock, "invalid fix");
    }

    @Test
    void whenStale_itShouldDrop() {
        assertDropped(position(DEPOT, T0.minusSeconds(25 * 3600), null), "stale");
    }

    @Test
    void whenInTheFuture_itShouldDrop() {
        assertDropped(position(DEPOT, T0.plusSeconds(600), null), "future");
    }

    @Test
    void whenSameTimeAsTheLast_itShouldDropTheDuplicate() {
        state.accept(position(DEPOT, T0, null));
        assertDropped(position(DEPOT, T0, null), "duplicate");
    }

    @Test
    void whenOlderThanTheLast_itShouldDropItAsOutOfOrder_whichADuplicateIsNot() {
        state.accept(position(DEPOT, T0, null));
        PositionContext older = context(T0, state);
        PositionContext same = context(T0, state);

        assertThat(filter.handle(position(DEPOT, T0.minusSeconds(30), null), older)).isEmpty();
        assertThat(filter.handle(position(DEPOT, T0, null), same)).isEmpty();

        assertThat(older.dropReason()).startsWith("out of order");
        assertThat(older.outOfOrder()).isTrue();
        assertThat(same.outOfOrder()).isFalse();
    }

    @Test
    void whenJumpingFasterThanAVehicle_itShouldDrop() {
        state.accept(position(DEPOT, T0.minusSeconds(10), null));
        assertDropped(position(north(DEPOT, 5_000), T0, null), "jump"); // 5 km in 10 s
    }

    @Test
    void whenMovingAtCitySpeed_itShouldPass() {
        state.accept(position(DEPOT, T0.minusSeconds(60), null));
        assertThat(filter.handle(position(north(DEPOT, 500), T0, null), context(T0, state))).isPresent();
    }

    private void assertDropped(TrackedPosition position, String reason) {
        PositionContext context = context(T0, state);
        Optional<TrackedPosition> result = filter.handle(position, context);
        assertThat(result).isEmpty();
        assertThat(context.dropReason()).startsWith(reason);
    }
}
