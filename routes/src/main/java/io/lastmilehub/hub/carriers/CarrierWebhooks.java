package io.lastmilehub.hub.carriers;

import io.lastmilehub.connectors.carrier.CarrierStatusCodes;
import io.lastmilehub.connectors.carrier.CarrierStatusUpdate;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.StatusChange;
import io.lastmilehub.hub.orders.StatusRecorder;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatusEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Applies a carrier's status webhook whose signature was checked: finds the order by the tracking number the booking
 * returned, translates the carrier's code with its status table and records the change (status topic included).
 * Unknown codes and tracking numbers are refused naming the JSON pointer, so the dead letter can be replayed once the
 * table is completed. An event id seen before changes nothing; nor does an event for an order already delivered,
 * returned or cancelled (carriers send late and out of order).
 */
@Component("carrierWebhooks")
public class CarrierWebhooks {

    private final CarrierRegistry carriers;
    private final CarrierShipmentRepository shipments;
    private final CarrierWebhookEventRepository events;
    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final StatusRecorder statuses;
    private final Clock clock;

    public CarrierWebhooks(CarrierRegistry carriers, CarrierShipmentRepository shipments,
                           CarrierWebhookEventRepository events, OrderRepository orders, OrderDocuments documents,
                           StatusRecorder statuses, Clock clock) {
        this.carriers = carriers;
        this.shipments = shipments;
        this.events = events;
        this.orders = orders;
        this.documents = documents;
        this.statuses = statuses;
        this.clock = clock;
    }

    @Transactional
    public WebhookOutcome apply(String carrierId, byte[] body) {
        Carrier carrier = carriers.find(carrierId).filter(c -> c.config().webhook() != null).orElseThrow(() ->
                new InvalidMessageException(CarrierQueues.CARRIER_HEADER, "no carrier '" + carrierId
                        + "' with webhooks is configured"));
        CarrierStatusUpdate update;
        try {
            update = CarrierStatusUpdate.read(body, carrier.webhookFields());
        } catch (MappingException e) {
            throw InvalidMessageException.of(e);
        }
        CarrierStatusCodes.Meaning meaning = carrier.statusCodes().meaning(update.code()).orElseThrow(() ->
                new InvalidMessageException(carrier.webhookFields().status(), "carrier " + carrierId
                        + " sent status code '" + update.code() + "', which its webhook.status-codes do not map"));
        CarrierShipmentEntity shipment = shipments.findByCarrierIdAndTrackingNumber(carrierId,
                update.trackingNumber()).orElseThrow(() -> new InvalidMessageException(
                carrier.webhookFields().trackingNumber(), "no shipment of carrier " + carrierId
                        + " has tracking number '" + update.trackingNumber() + "'"));
        OrderEntity entity = orders.findByIdAndTenant(shipment.getOrderId(), carrier.tenant()).orElseThrow();
        if (update.eventId() != null) {
            var key = new CarrierWebhookEventEntity.Key(carrierId, update.eventId());
            if (events.existsById(key)) {
                return new WebhookOutcome(entity.getId(), entity.getStatus(), "duplicate", null);
            }
            events.save(new CarrierWebhookEventEntity(carrierId, update.eventId(), entity.getId(), clock.instant()));
        }
        DeliveryOrder order = documents.read(entity);
        boolean same = order.getStatus() == meaning.status() && order.getStatusReasonCode() == meaning.reason();
        if (same || order.getStatus().isFinal()) {
            return new WebhookOutcome(entity.getId(), entity.getStatus(), "unchanged", null);
        }
        DeliveryStatusEvent event = statuses.record(entity, order, new StatusChange(meaning.status(),
                meaning.reason(), "carrier " + carrierId + " reported " + update.code()
                + (update.occurredAt() == null ? "" : " at " + update.occurredAt()), shipment.getPlanId(),
                shipment.getVehicleId()));
        return new WebhookOutcome(entity.getId(), event.getStatus(), "applied", event.getEventId());
    }
}
