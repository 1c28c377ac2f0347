package io.lastmilehub.hub.orders;

import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Moves an order to a new status: the order row (status, reason, document) and its history change in the caller's
 * transaction, and {@link #record} also publishes the event on the status topic through the event outbox, written in
 * that transaction and sent once it has committed, so that a hub killed in between does not lose it (receivers
 * de-duplicate on eventId, which a message sent again keeps).
 */
@Component
public class StatusRecorder {

    private final StatusEventRepository history;
    private final OrderDocuments documents;
    private final EventPublisher publisher;
    private final Clock clock;

    public StatusRecorder(StatusEventRepository history, OrderDocuments documents, EventPublisher publisher,
                          Clock clock) {
        this.history = history;
        this.documents = documents;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Stores and publishes a status change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public DeliveryStatusEvent record(OrderEntity entity, DeliveryOrder order, StatusChange change) {
        DeliveryStatusEvent event = store(entity, order, change);
        publisher.statusChanged(event);
        return event;
    }

    /** Stores a status change whose event a later stage publishes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public DeliveryStatusEvent store(OrderEntity entity, DeliveryOrder order, StatusChange change) {
        documents.write(order.toBuilder().status(change.status()).statusReasonCode(change.reasonCode())
                .statusReason(change.reason()).buildUnvalidated(), entity);
        return eventOf(entry(entity, change, false), order, change.vehicleId());
    }

    /**
     * Stores and publishes something that happened to the order without changing its status (a warehouse shipped
     * its parcels): an event with the order's current status and reason code, and the note as its reason. The
     * order's own status reason stays as it is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DeliveryStatusEvent note(OrderEntity entity, DeliveryOrder order, String note) {
        StatusChange same = new StatusChange(entity.getStatus(), entity.getStatusReasonCode(), note, null, null);
        DeliveryStatusEvent event = eventOf(entry(entity, same, true), order, null);
        publisher.statusChanged(event);
        return event;
    }

    private StatusEventEntity entry(OrderEntity entity, StatusChange change, boolean note) {
        Instant now = clock.instant();
        entity.setUpdatedAt(now);
        StatusEventEntity row = new StatusEventEntity("evt-" + UUID.randomUUID(), entity.getTenant(), entity.getId(),
                change.status(), now);
        row.setReasonCode(change.reasonCode());
        row.setReason(change.reason());
        row.setPlanId(change.planId());
        row.setNote(note);
        return history.save(row);
    }

    /** The canonical event for a history entry. */
    public static DeliveryStatusEvent eventOf(StatusEventEntity row, DeliveryOrder order, String vehicleId) {
        return DeliveryStatusEvent.builder()
                .eventId(row.getId())
                .tenant(row.getTenant())
                .orderId(row.getOrderId())
                .status(row.getStatus())
                .reasonCode(row.getReasonCode())
                .reason(row.getReason())
                .planId(row.getPlanId())
                .vehicleId(vehicleId)
                .occurredAt(row.getOccurredAt())
                .references(order.getReferences())
                .source(order.getSource())
                .build();
    }

    /** A change without reason or plan. */
    public static StatusChange to(DeliveryStatus status) {
        return new StatusChange(status, null, null, null, null);
    }
}
