package io.lastmilehub.hub.notify;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ReasonCode;

import java.util.Locale;
import java.util.Optional;

/** The moments a customer is told about; the keys of a tenant's templates file. */
public enum NotificationKind {
    DISPATCHED,
    OUT_FOR_DELIVERY,
    /** The vehicle is close (tracking's arrival geofence around the stop). */
    ARRIVING,
    DELIVERED,
    FAILED_ATTEMPT,
    /** An EXCEPTION with reason DELAYED: the ETA is past the time window. */
    DELAYED;

    /** What a status event tells the customer, if anything. */
    public static Optional<NotificationKind> of(DeliveryStatusEvent event) {
        DeliveryStatus status = event.getStatus();
        return switch (status) {
            case DISPATCHED, OUT_FOR_DELIVERY, ARRIVING, DELIVERED, FAILED_ATTEMPT ->
                    Optional.of(valueOf(status.name()));
            case EXCEPTION -> event.getReasonCode() == ReasonCode.DELAYED ? Optional.of(DELAYED) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The type of a webhook event, e.g. {@code delivery.out_for_delivery}. */
    public String webhookType() {
        return "delivery." + name().toLowerCase(Locale.ROOT);
    }
}
