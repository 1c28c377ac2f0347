package io.lastmilehub.connectors.easypost;

import io.lastmilehub.connectors.support.carrierstatus.CarrierTrackingFormat;

import java.util.Map;

/**
 * Format {@code easypost}: EasyPost's tracker webhooks and Tracker objects. Its statuses, after EasyPost's "Tracker"
 * page: {@code in_transit} DISPATCHED, {@code out_for_delivery} OUT_FOR_DELIVERY, {@code delivered} DELIVERED,
 * {@code return_to_sender} RETURNED, {@code failure} and {@code error} EXCEPTION, {@code cancelled} EXCEPTION (the
 * label was cancelled, the delivery was not: somebody has to look); {@code unknown}, {@code pre_transit} (a label,
 * not yet the parcel) and {@code available_for_pickup} (the model has no status for a parcel waiting at a pickup
 * point) move nothing.
 */
public final class EasyPostFormat extends CarrierTrackingFormat {

    static final Map<String, String> STATUSES = Map.of(
            "unknown", "NONE",
            "pre_transit", "NONE",
            "in_transit", "DISPATCHED",
            "out_for_delivery", "OUT_FOR_DELIVERY",
            "delivered", "DELIVERED",
            "available_for_pickup", "NONE",
            "return_to_sender", "RETURNED",
            "failure", "EXCEPTION",
            "cancelled", "EXCEPTION",
            "error", "EXCEPTION");

    public EasyPostFormat() {
        super(EasyPostTrackerMapper.FORMAT, "EasyPost", STATUSES, EasyPostTrackerMapper::new);
    }
}
