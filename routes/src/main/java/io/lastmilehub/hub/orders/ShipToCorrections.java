package io.lastmilehub.hub.orders;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.errors.Violation;
import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.web.ConflictException;
import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.ModelValidator;
import io.lastmilehub.model.ModelViolation;
import io.lastmilehub.model.Party;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Corrects the ship-to of an order that is not planned yet. Coordinates make it plannable at once; a new address
 * alone goes through the intake stage again to be geocoded. Either way the order is RECEIVED again.
 */
@Component
public class ShipToCorrections {

    private static final Set<DeliveryStatus> CORRECTABLE = EnumSet.of(DeliveryStatus.RECEIVED,
            DeliveryStatus.EXCEPTION);

    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final OrderUpdates updates;
    private final StatusRecorder statuses;
    private final NormalizedAddresses addresses;
    private final EventPublisher publisher;

    public ShipToCorrections(OrderRepository orders, OrderDocuments documents, OrderUpdates updates,
                             StatusRecorder statuses, NormalizedAddresses addresses, EventPublisher publisher) {
        this.orders = orders;
        this.documents = documents;
        this.updates = updates;
        this.statuses = statuses;
        this.addresses = addresses;
        this.publisher = publisher;
    }

    @Transactional
    public DeliveryOrder correct(String tenant, String orderId, ShipToCorrection correction) {
        OrderEntity entity = orders.findByIdAndTenant(orderId, tenant)
                .orElseThrow(() -> new NotFoundException("order", orderId));
        DeliveryOrder order = documents.read(entity);
        if (!CORRECTABLE.contains(order.getStatus())) {
            throw new ConflictException("order " + orderId + " is " + order.getStatus()
                    + "; only RECEIVED or EXCEPTION orders can have their ship-to corrected");
        }
        if (correction == null || correction.address() == null && correction.location() == null) {
            throw new InvalidMessageException("body", "give an address, a location or both");
        }
        DeliveryOrder corrected = order.toBuilder().shipTo(correctedShipTo(order.getShipTo(), correction))
                .buildUnvalidated();
        if (correction.location() != null) {
            corrected = updates.located(corrected, correction.location());
        }
        statuses.record(entity, corrected, StatusChange.received("ship-to corrected"));
        if (correction.location() == null) {
            publisher.orderReceived(corrected);
        }
        return documents.read(entity);
    }

    private Party correctedShipTo(Party shipTo, ShipToCorrection correction) {
        Party.PartyBuilder corrected = shipTo.toBuilder();
        if (correction.address() != null) {
            corrected.address(addresses.normalize(correction.address(), "address")).location(null);
        }
        if (correction.location() != null) {
            corrected.location(checked(correction.location()));
        }
        return corrected.buildUnvalidated();
    }

    private static GeoPoint checked(GeoPoint location) {
        List<ModelViolation> violations = ModelValidator.violationsOf(location);
        if (!violations.isEmpty()) {
            throw new InvalidMessageException(violations.stream()
                    .map(v -> new Violation("location." + v.field(), v.reason())).toList());
        }
        return location;
    }
}
