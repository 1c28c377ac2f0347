package io.lastmilehub.tracking;

import org.junit.jupiter.api.Test;

import static io.lastmilehub.tracking.RouteFixtures.DEPOT;
import static io.lastmilehub.tracking.RouteFixtures.T0;
import static io.lastmilehub.tracking.RouteFixtures.north;
import static io.lastmilehub.tracking.RouteFixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

class DeviceStateTest {

    private final DeviceState state = new DeviceState("acme", "van-1");

    @Test
    void whenResumedFromAPositionTakenElsewhere_itShouldCarryOnFromIt() {
        TrackedPosition elsewhere = position(north(DEPOT, 500), T0, null);

        state.resume(elsewhere);

        assertThat(state.last()).contains(elsewhere);
    }

    @Test
    void whenResumedFromAPositionOlderThanItsOwn_itShouldKeepItsOwn() {
        TrackedPosition own = position(DEPOT, T0, null);
        state.accept(own);

        state.resume(position(north(DEPOT, 500), T0.minusSeconds(30), null));

        assertThat(state.last()).contains(own);
    }
}
