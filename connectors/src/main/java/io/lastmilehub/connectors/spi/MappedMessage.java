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
 */
public record MappedMessage(String sourceSystem, String sourceMessageId, List<DeliveryOrder> orders,
        List<ParcelUpdate> parcelUpdates) {

    public MappedMessage {
        orders = List.copyOf(orders);
        parcelUpdates = parcelUpdates == null ? List.of() : List.copyOf(parcelUpdates);
    }

    /** A message that carries only orders. */
    public MappedMessage(String sourceSystem, String sourceMessageId, List<DeliveryOrder> orders) {
        this(sourceSystem, sourceMessageId, orders, List.of());
    }
}
