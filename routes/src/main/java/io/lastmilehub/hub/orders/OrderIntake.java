package io.lastmilehub.hub.orders;

import io.lastmilehub.hub.geocoding.AddressResolution;
import io.lastmilehub.hub.geocoding.AddressResolver;
import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * The stage after acceptance. Announces a received order on the status topic once its storage has committed, attaches
 * the parcel updates that were parked for it, then makes sure it has a point: an order without coordinates is
 * geocoded (its pickup stop first, when it has one without coordinates), and one whose address cannot be found is
 * set aside (EXCEPTION with ADDRESS_NOT_FOUND or AMBIGUOUS_ADDRESS) until it is corrected through the API. An order
 * not (yet) visible, or a geocoder that cannot answer now, fails the step, so the broker message is redelivered. Once
 * the step succeeded the order is marked taken, and a second message for it (one the {@link IntakeSweeper} sent, or
 * the same one redelivered) is passed over. The announcement is made in the transaction of the mark, so it goes through
 * the event outbox: written with the mark, sent once it has committed. Before, it was sent with the consumer's
 * acknowledgement, after the mark's commit: a hub killed, or a broker failing over, in between left the order taken
 * and its RECEIVED never published (ScaleOutIT). Announcing it again on redelivery was not enough: a backup broker
 * that takes over delivers the message again without the redelivered flag (Artemis does not persist delivery counts
 * before delivery), and a ScaleOutIT run lost one RECEIVED so.
 * <p>
 * The addresses are looked up first, outside any database transaction (a provider's answer may take seconds, and a
 * connection held meanwhile is one the request threads wait for); everything the step then writes, the mark
 * included, commits in one database transaction: a commit each cost a write of the database file.
 */
@Component("orderIntake")
public class OrderIntake {

    private final OrderRepository orders;
    private final StatusEventRepository history;
    private final OrderDocuments documents;
    private final EventPublisher publisher;
    private final AddressResolver addresses;
    private final OrderUpdates updates;
    private final ParcelUpdates parcels;
    private final IntakeMarks marks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public OrderIntake(OrderRepository orders, StatusEventRepository history, OrderDocuments documents,
                       EventPublisher publisher, AddressResolver addresses, OrderUpdates updates,
                       ParcelUpdates parcels, IntakeMarks marks, PlatformTransactionManager transactionManager,
                       Clock clock) {
        this.orders = orders;
        this.history = history;
        this.documents = documents;
        this.publisher = publisher;
        this.addresses = addresses;
        this.updates = updates;
        this.parcels = parcels;
        this.marks = marks;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public void accept(String orderId) {
        if (marks.countTaken(orderId) > 0) {
            return;
        }
        DeliveryOrder order = stored(orderId);
        Points points = pointsFor(order);
        transactions.executeWithoutResult(step -> {
            takeIn(order, points);
            marks.markTaken(orderId, clock.instant());
        });
    }

    private DeliveryOrder stored(String orderId) {
        return documents.read(orders.findById(orderId)
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " is not stored (yet)")));
    }

    /** The answers for the points the order lacks; none for an order no longer RECEIVED (cancelled meanwhile). */
    private Points pointsFor(DeliveryOrder order) {
        if (order.getStatus() != DeliveryStatus.RECEIVED) {
            return new Points(null, null);
        }
        AddressResolution pickup = needsPickupPoint(order)
                ? addresses.resolve(order.getTenant(), order.getPickupFrom().getAddress()) : null;
        boolean dropNeeded = order.getShipTo().getLocation() == null && (pickup == null || pickup.isResolved());
        return new Points(pickup, dropNeeded ? addresses.resolve(order.getTenant(), order.getShipTo().getAddress())
                : null);
    }

    private void takeIn(DeliveryOrder order, Points points) {
        announceReceived(order);
        parcels.applyParked(order.getId());
        if (order.getStatus() != DeliveryStatus.RECEIVED) {
            return;
        }
        if (points.pickup() != null && !updates.applyPickup(order.getId(), points.pickup())) {
            return;
        }
        if (points.drop() == null) {
            updates.placeInZone(order.getId());
        } else {
            updates.apply(order.getId(), points.drop());
        }
    }

    /** What the address lookups answered: for the pickup stop, for the drop; null where none was needed. */
    private record Points(AddressResolution pickup, AddressResolution drop) {
    }

    /** A pickup stop (an X12 204's shipper, a return's collection) without coordinates needs them as the drop does. */
    private static boolean needsPickupPoint(DeliveryOrder order) {
        return order.getPickupFrom() != null && order.getPickupFrom().getLocation() == null;
    }

    /** Publishes the order's latest RECEIVED entry (through the event outbox: a transaction is open). */
    private void announceReceived(DeliveryOrder order) {
        StatusEventEntity received = history.findByOrderIdOrderByOccurredAt(order.getId()).stream()
                .filter(e -> e.getStatus() == DeliveryStatus.RECEIVED && !e.isNote())
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("order " + order.getId() + " has no RECEIVED entry"));
        publisher.statusChanged(StatusRecorder.eventOf(received, order, null));
    }
}
