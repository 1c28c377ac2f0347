package io.lastmilehub.tracking;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.ReasonCode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Makes the canonical status events the handlers raise. The event id is derived from tenant, order, status,
 * reason and time, so processing the same position twice yields the same id and consumers can drop the copy.
 */
final class StatusEvents {

    private StatusEvents() {
    }

    static DeliveryStatusEvent event(PositionContext context, String orderId, DeliveryStatus status,
                                     ReasonCode reasonCode, String reason, Instant time, GeoPoint location) {
        DeviceState state = context.state();
        RouteAssignment assignment = context.assignment().orElseThrow();
        DeliveryOrder order = assignment.order(orderId).orElse(null);
        String key = String.join("|", state.tenant(), orderId, status.name(), String.valueOf(reasonCode),
                time.toString());
        return DeliveryStatusEvent.builder()
                .eventId("evt-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)))
                .tenant(state.tenant())
                .orderId(orderId)
                .status(status)
                .reasonCode(reasonCode)
                .reason(reason)
                .occurredAt(time)
                .location(location)
                .planId(assignment.planId())
                .vehicleId(assignment.route().getVehicleId())
                .references(order == null ? null : order.getReferences())
                .source(order == null ? null : order.getSource())
                .build();
    }
}
