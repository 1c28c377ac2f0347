package io.lastmilehub.connectors.aftership;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;

import java.util.Map;
import java.util.Optional;

/**
 * AfterShip's delivery statuses ({@code tag}) and sub-statuses ({@code subtag}) in the canonical model, after
 * AfterShip's "Delivery Statuses" and "Delivery Sub-statuses" pages. Tags that say nothing the hub's status does not
 * already say report nothing: {@code Pending}, {@code InfoReceived} (the carrier has a label, not the parcel) and
 * {@code AvailableForPickup} (the model has no status for a parcel waiting at a pickup point; it stays as it is until
 * AfterShip reports it {@code Delivered}).
 */
final class AfterShipTags {

    /** What a tag means, or nothing for the tags that change nothing. */
    private static final Map<String, Optional<DeliveryStatus>> STATUSES = Map.of(
            "Pending", Optional.empty(),
            "InfoReceived", Optional.empty(),
            "InTransit", Optional.of(DeliveryStatus.DISPATCHED),
            "OutForDelivery", Optional.of(DeliveryStatus.OUT_FOR_DELIVERY),
            "AttemptFail", Optional.of(DeliveryStatus.FAILED_ATTEMPT),
            "Delivered", Optional.of(DeliveryStatus.DELIVERED),
            "AvailableForPickup", Optional.empty(),
            "Exception", Optional.of(DeliveryStatus.EXCEPTION),
            // No tracking information for 30 days: somebody has to look at it.
            "Expired", Optional.of(DeliveryStatus.EXCEPTION));

    /** Reasons of the sub-statuses that name one; any other sub-status reports its status without a reason. */
    private static final Map<String, ReasonCode> REASONS = Map.of(
            "Exception_002", ReasonCode.WRONG_ADDRESS,     // customer moved
            "Exception_003", ReasonCode.REFUSED,           // customer refused delivery
            "Exception_004", ReasonCode.DELAYED,           // delayed (customs clearance)
            "Exception_005", ReasonCode.DELAYED);          // delayed (external factors)

    private AfterShipTags() {
    }

    static boolean isKnown(String tag) {
        return STATUSES.containsKey(tag);
    }

    /** The status a known tag reports; empty for the tags that change nothing. */
    static Optional<DeliveryStatus> status(String tag) {
        return STATUSES.get(tag);
    }

    /** The reason of a sub-status, or null. */
    static ReasonCode reason(String subtag) {
        return subtag == null ? null : REASONS.get(subtag);
    }
}
