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

    @Test
    void whenTheSameRouteIsLookedUpAgain_itShouldKeepWhatTheVehicleDidOnIt() {
        state.assign(RouteFixtures.assignment());
        state.complete(1);
        state.delayedOrders().add("ord-2");

        state.assign(RouteFixtures.assignment()); // the hub looks the route up again every minute

        assertThat(state.isCompleted(1)).isTrue();
        assertThat(state.delayedOrders()).containsExactly("ord-2");
    }

    @Test
    void whenAnotherRouteIsAssigned_itShouldForgetThePreviousRoutesStopsAndAlerts() {
        state.assign(RouteFixtures.assignment());
        state.complete(1);
        state.delayedOrders().add("ord-2");
        RouteAssignment same = RouteFixtures.assignment();

        state.assign(new RouteAssignment("plan-2", same.depotId(), same.depotLocation(), same.route(),
                same.orders()));

        assertThat(state.isCompleted(1)).isFalse();
        assertThat(state.delayedOrders()).isEmpty();
    }
}
