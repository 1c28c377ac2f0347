package io.lastmilehub.connectors.spi;

import io.lastmilehub.model.DeliveryOrder;

import java.util.List;

/**
 * What a mapper made of one inbound message.
 *
 * @param sourceSystem    the sending system, part of the idempotency key
 * @param sourceMessageId the sender's id of the message, part of the idempotency key
 * @param orders          the canonical orders it carries, without hub ids (the hub assigns them)
 * @param parcelUpdates   parcels it reports for orders the hub already has (ship notices); see {@link ParcelUpdate}
 * @param cancellations   orders the sender cancelled; see {@link OrderCancellation}
 * @param statusReports   delivery statuses it reports for orders the hub already has; see {@link StatusReport}
 * @param receipts        the sender's answers to documents the hub sent it (997, 999, CONTRL); see
 *                        {@link DocumentReceipt}
 * @param revisions       orders the sender sent before and has changed since; see {@link OrderRevision}
 */
public record MappedMessage(String sourceSystem, String sourceMessageId, List<DeliveryOrder> orders,
        List<ParcelUpdate> parcelUpdates, List<OrderCancellation> cancellations, List<StatusReport> statusReports,
        List<DocumentReceipt> receipts, List<OrderRevision> revisions) {

    public MappedMessage {
        orders = List.copyOf(orders);
        parcelUpdates = parcelUpdates == null ? List.of() : List.copyOf(parcelUpdates);
        cancellations = cancellations == null ? List.of() : List.copyOf(cancellations);
        statusReports = statusReports == null ? List.of() : List.copyOf(statusReports);
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }

    /** A message that carries orders, parcel updates and cancellations. */
    public MappedMessage(String sourceSystem, String sourceMessageId, List<DeliveryOrder> orders,
                         List<ParcelUpdate> parcelUpdates, List<OrderCancellation> cancellations) {
        this(sourceSystem, sourceMessageId, orders, parcelUpdates, cancellations, List.of(), List.of(), List.of());
    }

    /** A message that reports delivery statuses and carries nothing else. */
    public static MappedMessage reporting(String sourceSystem, String sourceMessageId, List<StatusReport> reports) {
        return new MappedMessage(sourceSystem, sourceMessageId, List.of(), List.of(), List.of(), reports, List.of(),
                List.of());
    }

    /** An EDI interchange: orders, parcel updates and answers to documents the hub sent. */
    public static MappedMessage answering(String sourceSystem, String sourceMessageId, List<DeliveryOrder> orders,
                                          List<ParcelUpdate> parcelUpdates, List<DocumentReceipt> receipts) {
        return new MappedMessage(sourceSystem, sourceMessageId, orders, parcelUpdates, List.of(), List.of(),
                receipts, List.of());
    }

    /** A message that carries orders and parcel updates. */
    public MappedMessage(String sourceSystem, String sourceMessageId, List<DeliveryOrder> orders,
                         List<ParcelUpdate> parcelUpdates) {
        this(sourceSystem, sourceMessageId, orders, parcelUpdates, List.of());
    }

    /** A message that cancels one order and carries nothing else. */
    public static MappedMessage cancelling(String sourceSystem, String sourceMessageId,
                                           OrderCancellation cancellation) {
        return new MappedMessage(sourceSystem, sourceMessageId, List.of(), List.of(), List.of(cancellation));
    }

    /** A message that changes one order sent before and carries nothing else. */
    public static MappedMessage revising(String sourceSystem, String sourceMessageId, OrderRevision revision) {
        return new MappedMessage(sourceSystem, sourceMessageId, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(revision));
    }

    /** The same message, carrying the order of each revision as a new order under its own source message id. */
    public MappedMessage revisionsAsOrders() {
        return new MappedMessage(sourceSystem, revisions.get(0).orderMessageId(),
                revisions.stream().map(OrderRevision::order).toList());
    }

    /** A message that carries only orders. */
    public MappedMessage(String sourceSystem, String sourceMessageId, List<DeliveryOrder> orders) {
        this(sourceSystem, sourceMessageId, orders, List.of());
    }
}
