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
 *
 * <p>An exception ({@code X}) says why in its status code, with UPS's description beside it; the codes UPS sends
 * for a delivery that failed or is held up map to the hub's reasons: the receiver or the receiving business not there
 * ({@code 48}, {@code 5R}, {@code 55}, {@code G3}, {@code AY}) and the delivery refused ({@code KR}) FAILED_ATTEMPT
 * with RECIPIENT_ABSENT or REFUSED; an address incomplete ({@code AG}), a wrong company or receiver name
 * ({@code AD}), a receiver who moved ({@code A7}) or went out of business ({@code C8}) WRONG_ADDRESS; uncontrollable
 * events ({@code C5}) and a mis-sort ({@code 34}) DELAYED; a new date, another address or a hold the receiver asked
 * for ({@code ZC}, {@code UD}, {@code S7}) CUSTOMER_REQUEST. Other exception codes stay EXCEPTION without a reason.
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
            Map.entry("X:48", "FAILED_ATTEMPT/RECIPIENT_ABSENT"),
            Map.entry("X:5R", "FAILED_ATTEMPT/RECIPIENT_ABSENT"),
            Map.entry("X:55", "FAILED_ATTEMPT/RECIPIENT_ABSENT"),
            Map.entry("X:G3", "FAILED_ATTEMPT/RECIPIENT_ABSENT"),
            Map.entry("X:AY", "FAILED_ATTEMPT/RECIPIENT_ABSENT"),
            Map.entry("X:KR", "FAILED_ATTEMPT/REFUSED"),
            Map.entry("X:AG", "EXCEPTION/WRONG_ADDRESS"),
            Map.entry("X:AD", "EXCEPTION/WRONG_ADDRESS"),
            Map.entry("X:A7", "EXCEPTION/WRONG_ADDRESS"),
            Map.entry("X:C8", "EXCEPTION/WRONG_ADDRESS"),
            Map.entry("X:C5", "EXCEPTION/DELAYED"),
            Map.entry("X:34", "EXCEPTION/DELAYED"),
            Map.entry("X:ZC", "EXCEPTION/CUSTOMER_REQUEST"),
            Map.entry("X:UD", "EXCEPTION/CUSTOMER_REQUEST"),
            Map.entry("X:S7", "EXCEPTION/CUSTOMER_REQUEST"),
            Map.entry("RS", "RETURNED"),
            Map.entry("MV", "EXCEPTION"));

    public UpsTrackFormat() {
        super(UpsTrackMapper.FORMAT, "UPS", STATUSES, UpsTrackMapper::new);
    }
}
