package io.lastmilehub.tracking;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.testing.Plausibility;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.lastmilehub.tracking.RouteFixtures.DEPOT;
import static io.lastmilehub.tracking.RouteFixtures.STOP1;
import static io.lastmilehub.tracking.RouteFixtures.T0;
import static io.lastmilehub.tracking.RouteFixtures.north;
import static io.lastmilehub.tracking.RouteFixtures.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GeofenceHandlerTest {

    private final GeofenceHandler handler = new GeofenceHandler(TrackingConfig.defaults());
    private final DeviceState state = RouteFixtures.assignedState();

    @Test
    void whenLeavingTheDepotAfterDwelling_itShouldPutTheDeliveriesOutForDelivery() {
        feed(DEPOT, T0);
        PositionContext arrived = feed(DEPOT, T0.plusSeconds(60));
        PositionContext left = feed(north(DEPOT, 300), T0.plusSeconds(120));

        assertThat(arrived.geofenceEvents()).extracting(GeofenceEvent::type, GeofenceEvent::fenceId)
                .containsExactly(tuple(GeofenceEvent.Type.ARRIVED, "depot:BER-1"));
        assertThat(left.geofenceEvents()).extracting(GeofenceEvent::type)
                .containsExactly(GeofenceEvent.Type.DEPARTED);
        assertThat(left.statusEvents()).extracting(DeliveryStatusEvent::getOrderId)
                .containsExactly("ord-1", "ord-2");
        assertThat(left.statusEvents()).allSatisfy(event -> {
            assertThat(event.getStatus()).isEqualTo(DeliveryStatus.OUT_FOR_DELIVERY);
            assertThat(event.getPlanId()).isEqualTo("plan-1");
            assertThat(event.getVehicleId()).isEqualTo("van-1");
            Plausibility.assertPlausible(event);
        });
    }

    @Test
    void whenEnteringTheApproachRadius_itShouldRaiseArrivingOnce() {
        PositionContext first = feed(north(DEPOT, 700), T0); // about 410 m before stop 1
        PositionContext second = feed(north(DEPOT, 800), T0.plusSeconds(20));

        assertThat(first.geofenceEvents()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(GeofenceEvent.Type.ARRIVING);
            assertThat(event.sequence()).isEqualTo(1);
        });
        assertThat(first.statusEvents()).singleElement().satisfies(event -> {
            assertThat(event.getStatus()).isEqualTo(DeliveryStatus.ARRIVING);
            assertThat(event.getOrderId()).isEqualTo("ord-1");
            assertThat(event.getReferences()).isNull();
            assertThat(event.getSource().getSystem()).isEqualTo("shop");
        });
        assertThat(second.geofenceEvents()).isEmpty();
    }

    @Test
    void whenPassingNearALaterStop_itShouldNotRaiseArriving() {
        PositionContext context = feed(north(RouteFixtures.STOP2, 300), T0); // stop 1 is still to do

        assertThat(context.geofenceEvents()).isEmpty();
        assertThat(context.statusEvents()).isEmpty();
    }

    @Test
    void whenDrivingPastWithoutDwelling_itShouldNotArrive() {
        feed(STOP1, T0);
        feed(north(STOP1, 150), T0.plusSeconds(20));
        PositionContext later = feed(north(STOP1, 400), T0.plusSeconds(90));

        assertThat(later.geofenceEvents()).isEmpty();
        assertThat(state.isCompleted(1)).isFalse();
    }

    @Test
    void whenDwellingThenLeaving_itShouldArriveThenDepartAndCompleteTheStop() {
        feed(STOP1, T0);
        PositionContext dwelling = feed(north(STOP1, 20), T0.plusSeconds(30));
        PositionContext arrived = feed(STOP1, T0.plusSeconds(60));
        assertThat(state.arrivedAt(1)).contains(T0);
        PositionContext departed = feed(north(STOP1, 200), T0.plusSeconds(400));

        assertThat(dwelling.geofenceEvents()).isEmpty();
        assertThat(arrived.geofenceEvents()).extracting(GeofenceEvent::type)
                .containsExactly(GeofenceEvent.Type.ARRIVED);
        assertThat(departed.geofenceEvents()).extracting(GeofenceEvent::type)
                .containsExactly(GeofenceEvent.Type.DEPARTED);
        assertThat(state.isCompleted(1)).isTrue();
    }

    @Test
    void whenTheDeviceHasNoRoute_itShouldDoNothing() {
        DeviceState unassigned = new DeviceState("acme", "van-1");
        PositionContext context = RouteFixtures.context(T0, unassigned);

        handler.handle(position(STOP1, T0, null), context);

        assertThat(context.geofenceEvents()).isEmpty();
    }

    private PositionContext feed(GeoPoint where, Instant time) {
        PositionContext context = RouteFixtures.context(time, state);
        handler.handle(position(where, time, null), context);
        return context;
    }
}
