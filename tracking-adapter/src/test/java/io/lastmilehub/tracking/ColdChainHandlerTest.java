package io.lastmilehub.tracking;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.testing.Plausibility;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.lastmilehub.tracking.RouteFixtures.DEPOT;
import static io.lastmilehub.tracking.RouteFixtures.T0;
import static io.lastmilehub.tracking.RouteFixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order ord-2 carries a parcel to be kept at 2-8 °C; ord-1 has no cold-chain parcel.
 */
class ColdChainHandlerTest {

    private final ColdChainHandler handler = new ColdChainHandler();
    private final DeviceState state = RouteFixtures.assignedState();

    @Test
    void whenInRange_itShouldStayQuiet() {
        assertThat(feed(5.0, 7.9)).isEmpty();
    }

    @Test
    void whenASensorLeavesTheRange_itShouldRaiseAnExcursionForTheColdOrderOnly() {
        List<DeliveryStatusEvent> events = feed(5.0, 9.5);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getOrderId()).isEqualTo("ord-2");
            assertThat(event.getStatus()).isEqualTo(DeliveryStatus.EXCEPTION);
            assertThat(event.getReasonCode()).isEqualTo(ReasonCode.TEMPERATURE_EXCURSION);
            assertThat(event.getReason()).isEqualTo("sensor 2 reads 9.5 °C; parcel ord-2-cold needs 2.0 to 8.0 °C");
            Plausibility.assertPlausible(event);
        });
    }

    @Test
    void whenStillOutOfRange_itShouldRaiseItOnce_andAgainAfterRecovering() {
        feed(9.5);
        assertThat(feed(10.0)).isEmpty();
        assertThat(feed(4.0)).isEmpty();

        assertThat(feed(1.0)).hasSize(1);
    }

    @Test
    void whenTheColdOrderIsDelivered_itShouldNoLongerCheckIt() {
        state.complete(2);

        assertThat(feed(20.0)).isEmpty();
    }

    @Test
    void whenNoReadings_itShouldStayQuiet() {
        assertThat(feed()).isEmpty();
    }

    private List<DeliveryStatusEvent> feed(Double... celsius) {
        PositionContext context = RouteFixtures.context(T0, state);
        handler.handle(position(DEPOT, T0, null, celsius), context);
        return context.statusEvents();
    }
}
