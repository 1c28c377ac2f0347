package io.lastmilehub.hub.carriers;

import io.lastmilehub.hub.orders.BookedTrackingNumbers;
import java.util.List;
import org.springframework.stereotype.Component;

/** The carrier bookings by tracking number, for finding the order a carrier's status report is about. */
@Component
class BookedShipments implements BookedTrackingNumbers {

    private final CarrierShipmentRepository shipments;

    BookedShipments(CarrierShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @Override
    public List<String> orderIds(String tenant, String trackingNumber) {
        return shipments.findByTenantAndTrackingNumber(tenant, trackingNumber).stream()
                .map(CarrierShipmentEntity::getOrderId).toList();
    }
}
