package io.lastmilehub.connectors.support.shop;

import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.OrderCancellation;
import io.lastmilehub.connectors.spi.OrderRevision;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Money;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.SourceRef;

import java.util.List;
import java.util.function.Supplier;

/**
 * What every shop platform's order gives the hub, decoded by that platform's mapper; {@link #toMessage} makes the one
 * delivery order of it. The ship-to and cash on delivery are decoded only when there is something to ship, so that
 * an order of downloads needs no address. A cancelled order is no delivery: {@link #cancelled} cancels the one the
 * hub may have.
 *
 * @param system         the platform's format name, the source system
 * @param orderId        the platform's order id, the source message id
 * @param orderNumber    the number the customer sees
 * @param parcels        the shippable lines
 * @param shipTo         decodes the shipping address
 * @param instructions   the customer's note
 * @param cashOnDelivery decodes the amount to collect, or null when the order is paid
 */
public record ShopOrder(String system, String orderId, String orderNumber, List<Parcel> parcels,
                        Supplier<Party> shipTo, String instructions, Supplier<Money> cashOnDelivery) {

    /** Ends the source message id of a cancellation, which must not be taken for a repeat of the order. */
    public static final String CANCELLED_SUFFIX = ":cancelled";
    /** Ends the source message id of a change of an order, followed by the time of the change. */
    public static final String UPDATED_SUFFIX = ":updated:";

    /**
     * The message that cancels a shop order the hub may have received: the same for every repeat of the
     * cancellation (a webhook retried, the order fetched again), different from the order's own message.
     *
     * @param orderId the platform's order id, the source message id of the order
     */
    public static MappedMessage cancelled(String system, String orderId, String reason) {
        return MappedMessage.cancelling(system, orderId + CANCELLED_SUFFIX, new OrderCancellation(orderId, reason));
    }

    /**
     * The message that changes the order the hub may have received ({@link OrderRevision}): the same for every repeat
     * of one change (a webhook retried), different for each later change, as {@code updatedAt} says.
     *
     * @param updatedAt when the order last changed at the platform, as it sends it
     */
    public MappedMessage toRevision(InboundMessage message, String updatedAt) {
        MappedMessage order = toMessage(message);
        if (order.orders().isEmpty()) {
            return order;
        }
        return MappedMessage.revising(system, orderId + UPDATED_SUFFIX + updatedAt,
                new OrderRevision(orderId, order.orders().get(0)));
    }

    /** One delivery order, or none when nothing is to be shipped. */
    public MappedMessage toMessage(InboundMessage message) {
        if (parcels.isEmpty()) {
            return new MappedMessage(system, orderId, List.of());
        }
        DeliveryOrder delivery = DeliveryOrder.builder()
                .tenant(message.tenant())
                .source(SourceRef.builder().system(system).messageId(orderId).buildUnvalidated())
                .references(ExternalReferences.builder().shopOrder(orderNumber).buildUnvalidated())
                .shipTo(shipTo.get())
                .parcels(parcels)
                .instructions(instructions)
                .cashOnDelivery(cashOnDelivery.get())
                .build();
        return new MappedMessage(system, orderId, List.of(delivery));
    }
}
