package io.lastmilehub.hub.orders;

import io.lastmilehub.hub.geocoding.AddressResolver;
import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Party;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The RECEIVED announcement and the intake's mark: a hub killed, or a broker failing over, between the mark's commit
 * and the broker's commit of the announcement left RECEIVED never published (ScaleOutIT), and a backup broker
 * delivers the message again without the redelivered flag.
 */
class OrderIntakeTest {

    private static final String ORDER = "order-1";

    private final OrderRepository orders = mock(OrderRepository.class);
    private final StatusEventRepository history = mock(StatusEventRepository.class);
    private final OrderDocuments documents = mock(OrderDocuments.class);
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final IntakeMarks marks = mock(IntakeMarks.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final OrderIntake intake = new OrderIntake(orders, history, documents, publisher,
            mock(AddressResolver.class), mock(OrderUpdates.class), mock(ParcelUpdates.class), marks,
            transactions, Clock.systemUTC());

    @BeforeEach
    void aStoredOrder() {
        OrderEntity entity = new OrderEntity(ORDER, "demo", "message-1", Instant.now());
        when(orders.findById(ORDER)).thenReturn(Optional.of(entity));
        when(documents.read(entity)).thenReturn(DeliveryOrder.builder().id(ORDER).tenant("demo")
                .status(DeliveryStatus.RECEIVED).shipTo(Party.builder().location(GeoPoint.builder().latitude(45.42)
                        .longitude(-75.69).build()).buildUnvalidated()).buildUnvalidated());
        when(history.findByOrderIdOrderByOccurredAt(ORDER)).thenReturn(List.of(new StatusEventEntity("event-1",
                "demo", ORDER, DeliveryStatus.RECEIVED, Instant.now())));
    }

    @Test
    void whenAnOrderIsTakenIn_itsReceivedIsAnnouncedInTheTransactionThatMarksItTaken() {
        intake.accept(ORDER);

        InOrder inTheTransaction = inOrder(transactions, publisher, marks);
        inTheTransaction.verify(transactions).getTransaction(any());
        ArgumentCaptor<DeliveryStatusEvent> published = ArgumentCaptor.forClass(DeliveryStatusEvent.class);
        inTheTransaction.verify(publisher).statusChanged(published.capture());
        inTheTransaction.verify(marks).markTaken(eq(ORDER), any());
        inTheTransaction.verify(transactions).commit(any());
        assertThat(published.getValue().getEventId()).isEqualTo("event-1");
        assertThat(published.getValue().getStatus()).isEqualTo(DeliveryStatus.RECEIVED);
    }

    @Test
    void whenAMessageOfAnOrderTakenAlreadyComes_itIsPassedOver() {
        when(marks.countTaken(ORDER)).thenReturn(1L);

        intake.accept(ORDER);

        verify(publisher, never()).statusChanged(any());
        verify(marks, never()).markTaken(anyString(), any());
    }
}
