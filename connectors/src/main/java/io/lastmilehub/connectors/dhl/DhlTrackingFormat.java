package io.lastmilehub.connectors.dhl;

import io.lastmilehub.connectors.support.carrierstatus.CarrierTrackingFormat;

import java.util.Map;

/**
 * Format {@code dhl-tracking}: answers of DHL's Shipment Tracking - Unified API. Its status codes
 * ({@code status.statusCode}), after DHL's API reference: {@code transit} DISPATCHED, {@code delivered} DELIVERED,
 * {@code failure} EXCEPTION; {@code pre-transit} (DHL has the data, not yet the parcel) and {@code unknown} move
 * nothing.
 */
public final class DhlTrackingFormat extends CarrierTrackingFormat {

    static final Map<String, String> STATUSES = Map.of(
            "pre-transit", "NONE",
            "transit", "DISPATCHED",
            "delivered", "DELIVERED",
            "failure", "EXCEPTION",
            "unknown", "NONE");

    public DhlTrackingFormat() {
        super(DhlTrackingMapper.FORMAT, "DHL", STATUSES, DhlTrackingMapper::new);
    }
}
