package io.lastmilehub.connectors.fedex;

import io.lastmilehub.connectors.support.carrierstatus.CarrierTrackingFormat;

import java.util.Map;

/**
 * Format {@code fedex-track}: answers of the FedEx Track API. Its derived status codes
 * ({@code latestStatusDetail.derivedCode}, {@code scanEvents[].derivedStatusCode}), after FedEx's Track API
 * reference: {@code PU} picked up, {@code IT} in transit and the movement scans (arrived, departed, at a facility,
 * arriving on time or early, cleared customs, in flight) DISPATCHED; {@code OD} OUT_FOR_DELIVERY; {@code DL}
 * DELIVERED; {@code DE} delivery exception FAILED_ATTEMPT; {@code SE} shipment exception and {@code CA} cancelled
 * EXCEPTION; {@code DY} delay, {@code RL} running late and {@code CD} clearance delay EXCEPTION/DELAYED; {@code RS}
 * return to shipper RETURNED; {@code IN} initiated and {@code OC} shipment information sent (a label, not yet the
 * parcel), {@code HL} held at a FedEx location and {@code HP} ready for pickup (the model has no status for a parcel
 * waiting at a pickup point) move nothing.
 */
public final class FedExTrackFormat extends CarrierTrackingFormat {

    static final Map<String, String> STATUSES = Map.ofEntries(
            Map.entry("IN", "NONE"), Map.entry("OC", "NONE"), Map.entry("HL", "NONE"), Map.entry("HP", "NONE"),
            Map.entry("PU", "DISPATCHED"), Map.entry("IT", "DISPATCHED"), Map.entry("AR", "DISPATCHED"),
            Map.entry("DP", "DISPATCHED"), Map.entry("AF", "DISPATCHED"), Map.entry("FD", "DISPATCHED"),
            Map.entry("OF", "DISPATCHED"), Map.entry("AO", "DISPATCHED"), Map.entry("AE", "DISPATCHED"),
            Map.entry("CC", "DISPATCHED"), Map.entry("PF", "DISPATCHED"), Map.entry("PL", "DISPATCHED"),
            Map.entry("OD", "OUT_FOR_DELIVERY"),
            Map.entry("DL", "DELIVERED"),
            Map.entry("DE", "FAILED_ATTEMPT"),
            Map.entry("SE", "EXCEPTION"), Map.entry("CA", "EXCEPTION"),
            Map.entry("DY", "EXCEPTION/DELAYED"), Map.entry("RL", "EXCEPTION/DELAYED"),
            Map.entry("CD", "EXCEPTION/DELAYED"),
            Map.entry("RS", "RETURNED"));

    public FedExTrackFormat() {
        super(FedExTrackMapper.FORMAT, "FedEx", STATUSES, FedExTrackMapper::new);
    }
}
