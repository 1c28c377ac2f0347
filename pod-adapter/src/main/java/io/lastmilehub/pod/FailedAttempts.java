package io.lastmilehub.pod;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.ReasonCode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The canonical FAILED_ATTEMPT event for a delivery that did not happen (nobody home, refused, age check failed,
 * or a refused proof). The event id is derived from order, reason and time, so a resubmitted report is the same
 * event.
 */
public final class FailedAttempts {

    private FailedAttempts() {
    }

    /** A failed attempt at an order, with its reason code and, optionally, words. */
    public static DeliveryStatusEvent event(DeliveryOrder order, ReasonCode reasonCode, String reason,
                                            Instant occurredAt, GeoPoint location) {
        Objects.requireNonNull(reasonCode, "reasonCode");
        String key = order.getTenant() + "|" + order.getId() + "|" + reasonCode + "|" + occurredAt;
        return DeliveryStatusEvent.builder()
                .eventId("evt-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)))
                .tenant(order.getTenant())
                .orderId(order.getId())
                .status(DeliveryStatus.FAILED_ATTEMPT)
                .reasonCode(reasonCode)
                .reason(reason)
                .occurredAt(occurredAt)
                .location(location)
                .references(order.getReferences())
                .source(order.getSource())
                .build();
    }

    /** The failed attempt a refused proof becomes. */
    public static DeliveryStatusEvent refused(DeliveryOrder order, PodRefusedException refusal, Instant occurredAt,
                                              GeoPoint location) {
        String reason = refusal.getMessage();
        return event(order, refusal.reasonCode(), reason.length() > 500 ? reason.substring(0, 500) : reason,
                occurredAt, location);
    }
}
