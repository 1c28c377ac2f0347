package io.lastmilehub.connectors.spi;

import io.lastmilehub.model.DeliveryOrder;

import java.util.List;

/**
 * What a mapper made of one inbound message.
 *
 * @param sourceSystem    the sending system, part of the idempotency key
 * @param sourceMessageId the sender's id of the message, part of the idempotency key
 * @param orders          the canonical orders it carries, without hub ids (the hub assigns them)
 */
public record MappedMessage(String sourceSystem, String sourceMessageId, List<DeliveryOrder> orders) {

    public MappedMessage {
        orders = List.copyOf(orders);
    }
}
