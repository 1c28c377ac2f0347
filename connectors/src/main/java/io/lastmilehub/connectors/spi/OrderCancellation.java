package io.lastmilehub.connectors.spi;

import java.util.Objects;

/**
 * The sender cancelled (or deleted) an order it sent before, e.g. a shop order cancelled by the merchant. The hub
 * cancels the orders it created from the earlier message of the same tenant and source system with that source
 * message id, with the reason, unless they are already in a final status; when it has no such message there is
 * nothing to deliver and nothing to cancel.
 *
 * @param orderMessageId the source message id of the message that brought the order (a shop's order id)
 * @param reason         why, in words, for the status history (e.g. "cancelled in Shopify: customer")
 */
public record OrderCancellation(String orderMessageId, String reason) {

    public OrderCancellation {
        Objects.requireNonNull(orderMessageId, "orderMessageId");
        Objects.requireNonNull(reason, "reason");
    }
}
