package io.lastmilehub.hub.orders;

import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatusEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** An order of a tenant with every status it went through, as the canonical events that announced them. */
@Component
public class StatusHistory {

    private final OrderRepository orders;
    private final StatusEventRepository history;
    private final OrderDocuments documents;

    public StatusHistory(OrderRepository orders, StatusEventRepository history, OrderDocuments documents) {
        this.orders = orders;
        this.history = history;
        this.documents = documents;
    }

    /** @throws NotFoundException when the tenant has no such order */
    @Transactional(readOnly = true)
    public Entry of(String tenant, String orderId) {
        DeliveryOrder order = orders.findByIdAndTenant(orderId, tenant).map(documents::read)
                .orElseThrow(() -> new NotFoundException("order", orderId));
        List<DeliveryStatusEvent> events = history.findByOrderIdOrderByOccurredAt(orderId).stream()
                .map(row -> StatusRecorder.eventOf(row, order, null)).toList();
        return new Entry(order, events);
    }

    /**
     * @param order  the order as it is now (its status is the current one)
     * @param events its status changes, oldest first
     */
    public record Entry(DeliveryOrder order, List<DeliveryStatusEvent> events) {
    }
}
