package io.lastmilehub.model.testing;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Money;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;
import io.lastmilehub.model.TimeWindow;
import io.lastmilehub.model.TrackingPosition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plausibility check passes real-looking documents and names what is wrong with implausible ones.
 */
class PlausibilityTest {

    @Test
    void whenDocumentsLookReal_itShouldPass() {
        assertThatCode(() -> {
            Plausibility.assertPlausible(ModelFixtures.deliveryOrder());
            Plausibility.assertAllPlausible(List.of(ModelFixtures.deliveryOrder()));
            Plausibility.assertPlausible(ModelFixtures.plan());
            Plausibility.assertPlausible(ModelFixtures.costSummary());
            Plausibility.assertPlausible(ModelFixtures.deliveryStatusEvent());
            Plausibility.assertPlausible(ModelFixtures.proofOfDelivery());
            Plausibility.assertPlausible(ModelFixtures.trackingPosition());
        }).doesNotThrowAnyException();
    }

    @Test
    void whenAnOrderIsImplausible_itShouldNameEveryProblem() {
        DeliveryOrder order = ModelFixtures.deliveryOrder().toBuilder()
                .shipTo(ModelFixtures.shipTo().toBuilder()
                        .location(GeoPoint.builder().latitude(0).longitude(0).build()).build())
                .clearTimeWindows()
                .timeWindow(TimeWindow.builder().start(Instant.parse("1970-01-01T00:00:00Z"))
                        .end(Instant.parse("1970-01-01T01:00:00Z")).build())
                .parcel(Parcel.builder().id("nan").quantity(1).weightKg(Double.NaN).buildUnvalidated())
                .cashOnDelivery(Money.builder().amount(BigDecimal.ZERO).currency("EUR").build())
                .buildUnvalidated();

        assertThatThrownBy(() -> Plausibility.assertPlausible(order))
                .hasMessageContaining("order.shipTo.location is 0/0")
                .hasMessageContaining("order.timeWindows[0].start")
                .hasMessageContaining("order.parcels[2].weightKg")
                .hasMessageContaining("order.cashOnDelivery.amount");
    }

    @Test
    void whenAnOrderHasNeitherAddressNorLocation_itShouldFail() {
        DeliveryOrder order = ModelFixtures.deliveryOrder().toBuilder()
                .shipTo(ModelFixtures.shipTo().toBuilder().address(null).location(null).build()).build();

        assertThatThrownBy(() -> Plausibility.assertPlausible(order))
                .hasMessageContaining("order.shipTo has an address or a location");
    }

    @Test
    void whenStopsAreMisnumberedOrEtasGoBack_itShouldNameTheStop() {
        Route route = ModelFixtures.plan().getRoutes().get(0);
        Stop first = route.getStops().get(0);
        Stop early = Stop.builder().sequence(3).orderId("ord-x").type(StopType.DELIVERY)
                .eta(first.getEta().minusSeconds(60)).build();
        Plan plan = ModelFixtures.plan().toBuilder().clearRoutes()
                .route(route.toBuilder().stop(early).end(null).build()).build();

        assertThatThrownBy(() -> Plausibility.assertPlausible(plan))
                .hasMessageContaining("plan.routes[0].stops[2].eta");
        Plan renumbered = ModelFixtures.plan().toBuilder().clearRoutes()
                .route(route.toBuilder().clearStops().stop(first.toBuilder().sequence(2).build()).build()).build();
        assertThatThrownBy(() -> Plausibility.assertPlausible(renumbered))
                .hasMessageContaining("plan.routes[0].stops[0].sequence");
    }

    @Test
    void whenAFailedAttemptHasNoReason_itShouldFail() {
        DeliveryStatusEvent event = ModelFixtures.deliveryStatusEvent().toBuilder().reasonCode(null).reason(" ")
                .build();

        assertThatThrownBy(() -> Plausibility.assertPlausible(event))
                .hasMessageContaining("event.reasonCode or event.reason");
    }

    @Test
    void whenAPositionIsFromTheEpochOrTooFast_itShouldFail() {
        TrackingPosition position = ModelFixtures.trackingPosition().toBuilder()
                .time(Instant.EPOCH).speedKmh(1200.0).build();

        assertThatThrownBy(() -> Plausibility.assertPlausible(position))
                .hasMessageContaining("position.time")
                .hasMessageContaining("position.speedKmh");
    }
}
