package io.lastmilehub.tracking;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.testing.Plausibility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.lastmilehub.tracking.RouteFixtures.DEPOT;
import static io.lastmilehub.tracking.RouteFixtures.T0;
import static io.lastmilehub.tracking.RouteFixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order ord-1's window ends at 08:30; the plan arrives at 08:10.
 */
class DelayHandlerTest {

    private static final Instant NOW = T0.plusSeconds(12 * 60);
    private static final Instant PLANNED = T0.plusSeconds(10 * 60);

    private final DelayHandler handler = new DelayHandler();
    private final DeviceState state = RouteFixtures.assignedState();

    @Test
    void whenTheEtaFallsAfterTheWindow_itShouldRaiseADelayAtOnce() {
        List<DeliveryStatusEvent> events = feed(T0.plusSeconds(31 * 60));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getOrderId()).isEqualTo("ord-1");
            assertThat(event.getStatus()).isEqualTo(DeliveryStatus.EXCEPTION);
            assertThat(event.getReasonCode()).isEqualTo(ReasonCode.DELAYED);
            assertThat(event.getReason()).contains("08:31:00Z", "08:30:00Z", "21 min behind plan");
            assertThat(event.getOccurredAt()).as("raised now, long before 08:30").isEqualTo(NOW);
            Plausibility.assertPlausible(event);
        });
    }

    @Test
    void whenStillLate_itShouldNotRaiseItAgain() {
        feed(T0.plusSeconds(31 * 60));

        assertThat(feed(T0.plusSeconds(33 * 60))).isEmpty();
    }

    @Test
    void whenBackInTheWindowAndLateAgain_itShouldRaiseItAgain() {
        feed(T0.plusSeconds(31 * 60));
        assertThat(feed(T0.plusSeconds(25 * 60))).isEmpty();

        assertThat(feed(T0.plusSeconds(35 * 60))).hasSize(1);
    }

    @Test
    void whenTheEtaIsInsideTheWindow_itShouldStayQuiet() {
        assertThat(feed(T0.plusSeconds(29 * 60))).isEmpty();
    }

    private List<DeliveryStatusEvent> feed(Instant eta) {
        PositionContext context = RouteFixtures.context(NOW, state);
        TrackedPosition position = position(DEPOT, NOW, null)
                .withEtas(List.of(new StopEta(1, "ord-1", PLANNED, eta)));
        handler.handle(position, context);
        return context.statusEvents();
    }
}
