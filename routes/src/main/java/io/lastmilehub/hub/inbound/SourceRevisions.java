package io.lastmilehub.hub.inbound;

import io.lastmilehub.connectors.spi.OrderRevision;
import io.lastmilehub.hub.geocoding.AddressResolver;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.hub.orders.OrderUpdates;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the changes an inbound message carries (a shop order edited, see {@link OrderRevision}) to the orders the
 * hub created from the earlier message of the same tenant and source system, in the caller's transaction: their
 * ship-to, parcels, instructions and amount to collect become the sender's, and their time windows when it sends
 * any. A ship-to at a new address without coordinates is geocoded again (and set aside when it cannot be found).
 * An order already on its way (dispatched, out for delivery, arriving) or done keeps what it had, and the change is
 * logged.
 */
@Component
public class SourceRevisions {

    private static final Logger LOG = LoggerFactory.getLogger(SourceRevisions.class);
    /** The vehicle is loaded: what it carries and where it goes are no longer the shop's to change. */
    private static final Set<DeliveryStatus> UNDER_WAY = Set.of(DeliveryStatus.DISPATCHED,
            DeliveryStatus.OUT_FOR_DELIVERY, DeliveryStatus.ARRIVING);

    private final InboundMessageRepository messages;
    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final OrderUpdates updates;
    private final AddressResolver addresses;

    SourceRevisions(InboundMessageRepository messages, OrderRepository orders, OrderDocuments documents,
                    OrderUpdates updates, AddressResolver addresses) {
        this.messages = messages;
        this.orders = orders;
        this.documents = documents;
        this.updates = updates;
        this.addresses = addresses;
    }

    /** The message that brought the order a revision changes, if the hub has it. */
    public Optional<InboundMessageEntity> original(String tenant, String sourceSystem, OrderRevision revision) {
        return messages.findByTenantAndSourceSystemAndSourceMessageId(tenant, sourceSystem,
                revision.orderMessageId());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(String tenant, String sourceSystem, List<OrderRevision> revisions) {
        for (OrderRevision revision : revisions) {
            messages.findByTenantAndSourceSystemAndSourceMessageId(tenant, sourceSystem, revision.orderMessageId())
                    .map(InboundMessageEntity::orderIds).orElse(List.of())
                    .forEach(orderId -> revise(orderId, revision.order()));
        }
    }

    private void revise(String orderId, DeliveryOrder now) {
        OrderEntity entity = orders.findById(orderId).orElseThrow();
        DeliveryOrder order = documents.read(entity);
        if (order.getStatus().isFinal() || UNDER_WAY.contains(order.getStatus())) {
            LOG.info("Order {} is {}: the sender's change of it is not applied", orderId, order.getStatus());
            return;
        }
        Party shipTo = now.getShipTo();
        boolean sameAddress = Objects.equals(shipTo.getAddress(), order.getShipTo().getAddress());
        GeoPoint location = shipTo.getLocation() != null ? shipTo.getLocation()
                : sameAddress ? order.getShipTo().getLocation() : null;
        DeliveryOrder.DeliveryOrderBuilder revised = order.toBuilder()
                .shipTo(shipTo.toBuilder().location(location).buildUnvalidated())
                .clearParcels().parcels(now.getParcels())
                .instructions(now.getInstructions())
                .cashOnDelivery(now.getCashOnDelivery());
        if (!now.getTimeWindows().isEmpty()) {
            revised.clearTimeWindows().timeWindows(now.getTimeWindows());
        }
        documents.write(revised.buildUnvalidated(), entity);
        LOG.info("Order {} changed by its sender{}", orderId, sameAddress ? "" : ", to a new address");
        if (location == null) {
            updates.apply(orderId, addresses.resolve(order.getTenant(), shipTo.getAddress()));
        }
    }
}
