package io.lastmilehub.hub.inbound;

import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.hub.messagelog.BusinessKey;
import io.lastmilehub.hub.messagelog.BusinessKeys;
import io.lastmilehub.hub.messagelog.LoggedMessage;
import io.lastmilehub.hub.messagelog.MessageLog;
import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.ParcelUpdates;
import io.lastmilehub.hub.orders.SourceStatusReports;
import io.lastmilehub.hub.orders.StatusRecorder;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Stores an accepted message, its orders, parcel updates, cancellations, status reports, receipts and its message
 * log entry in one transaction and enqueues the orders before committing: either all of it is stored and on the
 * broker, or nothing is stored.
 */
@Component
class InboundStore {

    private final InboundMessageRepository messages;
    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final StatusRecorder statuses;
    private final EventPublisher publisher;
    private final ParcelUpdates parcels;
    private final SourceCancellations cancellations;
    private final SourceRevisions revisions;
    private final SourceStatusReports statusReports;
    private final DocumentReceipts receipts;
    private final MessageLog log;

    InboundStore(InboundMessageRepository messages, OrderRepository orders, OrderDocuments documents,
                 StatusRecorder statuses, EventPublisher publisher, ParcelUpdates parcels,
                 SourceCancellations cancellations, SourceRevisions revisions, SourceStatusReports statusReports,
                 DocumentReceipts receipts, MessageLog log) {
        this.messages = messages;
        this.orders = orders;
        this.documents = documents;
        this.statuses = statuses;
        this.publisher = publisher;
        this.parcels = parcels;
        this.cancellations = cancellations;
        this.revisions = revisions;
        this.statusReports = statusReports;
        this.receipts = receipts;
        this.log = log;
    }

    /**
     * @param accepted the orders, prepared for storing
     * @param mapped   what else the message carries
     * @param progress told the number of orders stored after each
     */
    @Transactional
    public AcceptedMessage store(InboundMessageEntity message, List<DeliveryOrder> accepted, MappedMessage mapped,
                                 IntConsumer progress) {
        message.setOrderIds(accepted.stream().map(DeliveryOrder::getId).toList());
        messages.saveAndFlush(message);
        int stored = 0;
        for (DeliveryOrder order : accepted) {
            OrderEntity entity = new OrderEntity(order.getId(), order.getTenant(), message.getId(),
                    message.getReceivedAt());
            documents.write(order, entity);
            orders.save(entity);
            statuses.store(entity, order, StatusRecorder.to(DeliveryStatus.RECEIVED));
            progress.accept(++stored);
        }
        publisher.ordersReceived(accepted);
        orders.flush();
        parcels.accept(message.getTenant(), message.getId(), mapped.parcelUpdates(), message.getReceivedAt());
        cancellations.apply(message.getTenant(), message.getSourceSystem(), mapped.cancellations());
        revisions.apply(message.getTenant(), message.getSourceSystem(), mapped.revisions());
        statusReports.apply(message.getTenant(), message.getSourceSystem(), mapped.statusReports());
        if (!mapped.receipts().isEmpty()) {
            receipts.record(message.getTenant(), message.getSourceSystem(), message.getId(), mapped.receipts(),
                    message.getReceivedAt());
        }
        log.record(LoggedMessage.accepted(message.getTenant(), message.getFormat(), message.getSourceSystem(),
                message.getPayload().length, message.getId(), keysOf(message, accepted)), message.getReceivedAt());
        return new AcceptedMessage(message.getId(), message.orderIds(), false);
    }

    private static List<BusinessKey> keysOf(InboundMessageEntity message, List<DeliveryOrder> accepted) {
        BusinessKeys keys = new BusinessKeys().envelope(message.getFormat(), message.getSourceMessageId());
        accepted.forEach(keys::order);
        return keys.list();
    }
}
