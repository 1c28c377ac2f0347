package io.lastmilehub.connectors.spi;

import io.lastmilehub.model.DeliveryOrder;

import java.util.Objects;

/**
 * The sender changed an order it sent before, e.g. a shop order edited by the merchant ({@code orders/updated}): the
 * order as it is now. The hub applies its ship-to, parcels, instructions and amount to collect (and its time windows,
 * when it has any) to the order it created from the earlier message of the same tenant and source system with that
 * source message id, unless that order is already on its way or done; when it has no such message it creates the
 * order from this one, under that source message id.
 *
 * @param orderMessageId the source message id of the message that brought the order (a shop's order id)
 * @param order          the order as the sender has it now, without hub id
 */
public record OrderRevision(String orderMessageId, DeliveryOrder order) {

    public OrderRevision {
        Objects.requireNonNull(orderMessageId, "orderMessageId");
        Objects.requireNonNull(order, "order");
    }
}
