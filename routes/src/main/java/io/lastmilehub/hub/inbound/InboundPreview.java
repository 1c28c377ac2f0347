package io.lastmilehub.hub.inbound;

import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.model.DeliveryOrder;

import java.util.List;

/**
 * What the hub would make of a message, had it been sent for real.
 *
 * @param sourceSystem    the sender, as the mapper named it
 * @param sourceMessageId the sender's id of the message
 * @param orders          the orders exactly as they would be stored
 * @param mapped          everything else the message carries (parcel updates, cancellations, receipts)
 * @param duplicateOf     the answer the message would get as a duplicate of an earlier one, or null
 */
public record InboundPreview(String sourceSystem, String sourceMessageId, List<DeliveryOrder> orders,
        MappedMessage mapped, AcceptedMessage duplicateOf) {
}
