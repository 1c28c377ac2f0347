package io.lastmilehub.connectors.ups;

import io.lastmilehub.connectors.support.carrierstatus.CarrierTrackingFormat;

import java.util.Map;

/**
 * Format {@code ups-track}: answers of the UPS Track API. Its status types ({@code activity[].status.type}), after
 * UPS's Tracking API reference: {@code I} in transit and {@code P} pickup DISPATCHED, {@code I} with status code
 * {@code OT} (out for delivery today) OUT_FOR_DELIVERY, {@code O} OUT_FOR_DELIVERY, {@code D} DELIVERED, {@code X}
 * exception EXCEPTION, {@code RS} returned to shipper RETURNED, {@code MV} billing information voided EXCEPTION (the
 * label was voided: somebody has to look); the freight-only {@code DO} (delivered to the origin CFS), {@code DD}
 * (delivered to the destination CFS) and {@code W} (warehousing) DISPATCHED; {@code M} (billing information received:
 * a label, not yet the parcel) and {@code NA} (not available) move nothing. Keys are the type, or type and code
 * joined by a colon, the longer winning.
 */
public final class UpsTrackFormat extends CarrierTrackingFormat {

    static final Map<String, String> STATUSES = Map.ofEntries(
            Map.entry("M", "NONE"),
            Map.entry("NA", "NONE"),
            Map.entry("P", "DISPATCHED"),
            Map.entry("I", "DISPATCHED"),
            Map.entry("I:OT", "OUT_FOR_DELIVERY"),
            Map.entry("O", "OUT_FOR_DELIVERY"),
            Map.entry("DO", "DISPATCHED"),
            Map.entry("DD", "DISPATCHED"),
            Map.entry("W", "DISPATCHED"),
            Map.entry("D", "DELIVERED"),
            Map.entry("X", "EXCEPTION"),
            Map.entry("RS", "RETURNED"),
            Map.entry("MV", "EXCEPTION"));

    public UpsTrackFormat() {
        super(UpsTrackMapper.FORMAT, "UPS", STATUSES, UpsTrackMapper::new);
    }
}
