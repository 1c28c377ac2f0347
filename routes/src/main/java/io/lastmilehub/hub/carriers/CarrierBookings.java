package io.lastmilehub.hub.carriers;

import io.lastmilehub.connectors.carrier.Booking;
import io.lastmilehub.connectors.carrier.CarrierApiClient;
import io.lastmilehub.connectors.carrier.CarrierRejectedException;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.messagelog.BusinessKeys;
import io.lastmilehub.hub.messagelog.KeyType;
import io.lastmilehub.hub.messagelog.MessageLog;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Books a carrier shipment over the carrier's API and keeps the answer: the tracking number on the order's
 * references (so every later status event and manifest carries it) and tracking number and label URL on the
 * shipment. The HTTP call runs outside any transaction. A refusal is final for this message (a dead letter with the
 * carrier's error, replayable once the order or configuration is fixed); anything else is retried by the route.
 */
@Component("carrierBookings")
public class CarrierBookings {

    private static final Logger LOG = LoggerFactory.getLogger(CarrierBookings.class);

    private final CarrierRegistry carriers;
    private final CarrierShipmentRepository shipments;
    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final TransactionTemplate transactions;
    private final MessageLog log;
    private final Clock clock;

    public CarrierBookings(CarrierRegistry carriers, CarrierShipmentRepository shipments, OrderRepository orders,
                           OrderDocuments documents, PlatformTransactionManager transactionManager, MessageLog log,
                           Clock clock) {
        this.carriers = carriers;
        this.shipments = shipments;
        this.orders = orders;
        this.documents = documents;
        this.transactions = new TransactionTemplate(transactionManager);
        this.log = log;
        this.clock = clock;
    }

    /**
     * Books the order's shipment with the carrier, unless it is booked already or no longer the carrier's.
     *
     * @param logEntry the booking request's message log entry (null when the log is off): ACKNOWLEDGED with the
     *                 tracking number
     */
    public void book(String carrierId, String orderId, String logEntry) {
        Carrier carrier = carriers.find(carrierId).orElseThrow(() -> new InvalidMessageException(
                CarrierQueues.CARRIER_HEADER, "no carrier '" + carrierId + "' is configured"));
        CarrierApiClient api = carrier.api().orElseThrow(() -> new InvalidMessageException(
                CarrierQueues.CARRIER_HEADER, "carrier '" + carrierId + "' has no api configured"));
        DeliveryOrder order = transactions.execute(status -> toBook(carrier, orderId));
        if (order == null) {
            return;
        }
        Booking booking;
        try {
            booking = api.book(order);
        } catch (CarrierRejectedException refused) {
            throw new InvalidMessageException("booking", refused.getMessage());
        }
        transactions.executeWithoutResult(status -> {
            keep(carrier, orderId, booking);
            if (logEntry != null) {
                log.acknowledged(logEntry, "booked as " + booking.trackingNumber(), new BusinessKeys()
                        .add(KeyType.TRACKING_NUMBER, booking.trackingNumber()).list());
            }
        });
        LOG.info("Carrier {} booked order {} as {}", carrierId, orderId, booking.trackingNumber());
    }

    /**
     * The order to book, or null when it is booked already. A shipment not found is retried like an outage: the
     * booking request can overtake the commit of the assignment that queued it; when a new plan has since taken the
     * order off the carrier, the request ends as a dead letter saying so.
     */
    private DeliveryOrder toBook(Carrier carrier, String orderId) {
        CarrierShipmentEntity shipment = shipments.findByCarrierIdAndOrderId(carrier.id(), orderId).orElseThrow(() ->
                new IllegalStateException("order " + orderId + " is no shipment of carrier " + carrier.id()
                        + ": its assignment is not committed yet, or a newer plan took it off the carrier"));
        if (shipment.isBooked()) {
            LOG.info("No booking with {} for order {}: booked already as {}", carrier.id(), orderId,
                    shipment.getTrackingNumber());
            return null;
        }
        return documents.read(orders.findByIdAndTenant(orderId, carrier.tenant()).orElseThrow());
    }

    private void keep(Carrier carrier, String orderId, Booking booking) {
        CarrierShipmentEntity shipment = shipments.findByCarrierIdAndOrderId(carrier.id(), orderId).orElseThrow();
        shipment.setTrackingNumber(booking.trackingNumber());
        shipment.setLabelUrl(booking.labelUrl());
        shipment.setBookedAt(clock.instant());
        OrderEntity entity = orders.findByIdAndTenant(orderId, carrier.tenant()).orElseThrow();
        DeliveryOrder order = documents.read(entity);
        ExternalReferences references = order.getReferences() == null ? ExternalReferences.builder()
                .trackingNumber(booking.trackingNumber()).buildUnvalidated()
                : order.getReferences().toBuilder().trackingNumber(booking.trackingNumber()).buildUnvalidated();
        documents.write(order.toBuilder().references(references).buildUnvalidated(), entity);
        entity.setUpdatedAt(clock.instant());
    }
}
