package io.lastmilehub.hub.orders;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.web.ConflictException;
import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ReasonCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels an order at its sender's request: the order becomes CANCELLED, with the sender's reason, and the change goes
 * to the status topic like any other. An order that is already delivered, returned or cancelled stays as it is.
 */
@Component
public class OrderCancellations {

    /** The longest reason the status history keeps. */
    private static final int MAX_REASON = 500;

    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final StatusRecorder statuses;

    public OrderCancellations(OrderRepository orders, OrderDocuments documents, StatusRecorder statuses) {
        this.orders = orders;
        this.documents = documents;
        this.statuses = statuses;
    }

    /**
     * @throws InvalidMessageException when the reason is missing or too long
     * @throws NotFoundException       when the tenant has no such order
     * @throws ConflictException       when the order is in a final status
     */
    @Transactional
    public DeliveryStatusEvent cancel(String tenant, String orderId, ReasonCode reasonCode, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidMessageException("reason", "missing: say why the order is cancelled");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidMessageException("reason", "longer than " + MAX_REASON + " characters");
        }
        OrderEntity entity = orders.findByIdAndTenant(orderId, tenant)
                .orElseThrow(() -> new NotFoundException("order", orderId));
        DeliveryOrder order = documents.read(entity);
        if (order.getStatus().isFinal()) {
            throw new ConflictException("order " + orderId + " is " + order.getStatus() + " and can no longer be "
                    + "cancelled");
        }
        return statuses.record(entity, order, StatusChange.cancelled(reasonCode, reason.strip()));
    }
}
