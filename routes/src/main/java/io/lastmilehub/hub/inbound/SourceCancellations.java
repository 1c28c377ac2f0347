package io.lastmilehub.hub.inbound;

import io.lastmilehub.connectors.spi.OrderCancellation;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.StatusChange;
import io.lastmilehub.hub.orders.StatusRecorder;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.model.DeliveryOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Applies the cancellations an inbound message carries (a shop order cancelled or deleted, see
 * {@link OrderCancellation}): the orders the hub created from the earlier message of the same tenant and source system
 * become CANCELLED with the sender's reason, in the caller's transaction. An order already in a final status stays as
 * it is; a cancellation of an order the hub never received leaves nothing to deliver and is only logged.
 */
@Component
public class SourceCancellations {

    private static final Logger LOG = LoggerFactory.getLogger(SourceCancellations.class);

    private final InboundMessageRepository messages;
    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final StatusRecorder statuses;

    SourceCancellations(InboundMessageRepository messages, OrderRepository orders, OrderDocuments documents,
                        StatusRecorder statuses) {
        this.messages = messages;
        this.orders = orders;
        this.documents = documents;
        this.statuses = statuses;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(String tenant, String sourceSystem, List<OrderCancellation> cancellations) {
        for (OrderCancellation cancellation : cancellations) {
            List<String> orderIds = messages.findByTenantAndSourceSystemAndSourceMessageId(tenant, sourceSystem,
                    cancellation.orderMessageId()).map(InboundMessageEntity::orderIds).orElse(List.of());
            if (orderIds.isEmpty()) {
                LOG.info("{} order {} of tenant {} is {}; the hub has no delivery for it", sourceSystem,
                        cancellation.orderMessageId(), tenant, cancellation.reason());
            }
            orderIds.forEach(orderId -> cancel(orderId, cancellation.reason()));
        }
    }

    private void cancel(String orderId, String reason) {
        OrderEntity entity = orders.findById(orderId).orElseThrow();
        DeliveryOrder order = documents.read(entity);
        if (!order.getStatus().isFinal()) {
            statuses.record(entity, order, StatusChange.cancelled(null, reason));
        }
    }
}
