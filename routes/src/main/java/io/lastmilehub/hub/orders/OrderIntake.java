package io.lastmilehub.hub.orders;

import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.persistence.OrderEntity;
import io.lastmilehub.hub.persistence.OrderRepository;
import io.lastmilehub.hub.persistence.StatusEventEntity;
import io.lastmilehub.hub.persistence.StatusEventRepository;
import io.lastmilehub.model.DeliveryStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The stage after acceptance: announces a received order on the status topic once its storage has committed.
 * An order not (yet) visible fails the step, so the broker message is redelivered rather than lost.
 */
@Component("orderIntake")
public class OrderIntake {

    private final OrderRepository orders;
    private final StatusEventRepository history;
    private final OrderDocuments documents;
    private final EventPublisher publisher;

    public OrderIntake(OrderRepository orders, StatusEventRepository history, OrderDocuments documents,
                       EventPublisher publisher) {
        this.orders = orders;
        this.history = history;
        this.documents = documents;
        this.publisher = publisher;
    }

    @Transactional(readOnly = true)
    public void accept(String orderId) {
        OrderEntity order = orders.findById(orderId)
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " is not stored (yet)"));
        List<StatusEventEntity> received = history.findByOrderIdOrderByOccurredAt(orderId).stream()
                .filter(e -> e.getStatus() == DeliveryStatus.RECEIVED).toList();
        if (received.isEmpty()) {
            throw new IllegalStateException("order " + orderId + " has no RECEIVED entry in its history");
        }
        publisher.statusChanged(StatusRecorder.eventOf(received.get(0), documents.read(order), null));
    }
}
