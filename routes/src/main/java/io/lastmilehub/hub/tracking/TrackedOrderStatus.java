package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.StatusChange;
import io.lastmilehub.hub.orders.StatusRecorder;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatusEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an order along when the vehicle's positions show progress (out for delivery, arriving). An order that has
 * already reached a final status is left as it is: a late position report never reopens a delivery.
 */
@Component
public class TrackedOrderStatus {

    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final StatusRecorder statuses;

    public TrackedOrderStatus(OrderRepository orders, OrderDocuments documents, StatusRecorder statuses) {
        this.orders = orders;
        this.documents = documents;
        this.statuses = statuses;
    }

    @Transactional
    public void apply(DeliveryStatusEvent event) {
        orders.findByIdAndTenant(event.getOrderId(), event.getTenant()).ifPresent(entity -> {
            DeliveryOrder order = documents.read(entity);
            if (!order.getStatus().isFinal() && order.getStatus() != event.getStatus()) {
                statuses.record(entity, order, new StatusChange(event.getStatus(), event.getReasonCode(),
                        event.getReason(), event.getPlanId(), event.getVehicleId()));
            }
        });
    }
}
