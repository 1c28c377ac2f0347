package io.lastmilehub.hub.orders;

import io.lastmilehub.hub.geocoding.AddressResolver;
import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * An order taken in already: its mark committed in the database, but the hub (or its broker) died before the broker
 * commit that carried the RECEIVED announcement, so the broker delivers the message again.
 */
class OrderIntakeTest {

    private static final String ORDER = "order-1";

    private final OrderRepository orders = mock(OrderRepository.class);
    private final StatusEventRepository history = mock(StatusEventRepository.class);
    private final OrderDocuments documents = mock(OrderDocuments.class);
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final IntakeMarks marks = mock(IntakeMarks.class);
    private final OrderIntake intake = new OrderIntake(orders, history, documents, publisher,
            mock(AddressResolver.class), mock(OrderUpdates.class), mock(ParcelUpdates.class), marks,
            mock(PlatformTransactionManager.class), Clock.systemUTC());

    @BeforeEach
    void anOrderTakenAlready() {
        OrderEntity entity = new OrderEntity(ORDER, "demo", "message-1", Instant.now());
        when(orders.findById(ORDER)).thenReturn(Optional.of(entity));
        when(documents.read(entity)).thenReturn(DeliveryOrder.builder().id(ORDER).tenant("demo").buildUnvalidated());
        when(history.findByOrderIdOrderByOccurredAt(ORDER)).thenReturn(List.of(new StatusEventEntity("event-1",
                "demo", ORDER, DeliveryStatus.RECEIVED, Instant.now())));
        when(marks.countTaken(ORDER)).thenReturn(1L);
    }

    @Test
    void whenItsMessageIsRedelivered_itsReceivedEventIsPublishedAgainUnderItsId() {
        intake.accept(ORDER, true);

        ArgumentCaptor<DeliveryStatusEvent> published = ArgumentCaptor.forClass(DeliveryStatusEvent.class);
        verify(publisher).statusChanged(published.capture());
        assertThat(published.getValue().getEventId()).isEqualTo("event-1");
        assertThat(published.getValue().getStatus()).isEqualTo(DeliveryStatus.RECEIVED);
        verify(marks, never()).markTaken(anyString(), any());
    }

    @Test
    void whenASecondMessageComes_itIsPassedOver() {
        intake.accept(ORDER, false);

        verify(publisher, never()).statusChanged(any());
    }
}
