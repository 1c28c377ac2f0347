package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.EdiOutput;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.OutboundValues;
import io.lastmilehub.connectors.support.geo.RegionZones;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.TimeWindow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the EDIFACT IFTMIN instruction messages (D:01B) of a carrier manifest: one interchange, one message per
 * order (consignment). Each has BGM 610 (forwarding instruction) numbered manifest-n, DTM 137 the manifest's
 * close time and DTM 64/63 the first delivery window (local time at the consignee), CNT 7 gross weight and 11
 * packages, RFF ON the customer PO, RFF CU the hub's order id, CN the carrier's tracking number and AAM the manifest
 * number, TDT 20 road transport by the carrier, NAD CN the consignee with its address, and one GID per parcel line
 * (packages, MEA AAB gross weight, PCI/GIN BJ the SSCC when the barcode is one). The document time is in UTC.
 */
public final class TransportInstructionBuilder {

    private static final List<String> IFTMIN = List.of("IFTMIN", "D", "01B", "UN");

    private final EdifactParties parties;
    private final EdiSyntax syntax;
    private final String carrierCode;
    private final ControlNumbers numbers;

    /**
     * @param parties     the carrier
     * @param syntax      the separators and character set of what we send
     * @param carrierCode the carrier's code in TDT (C040 3127), e.g. its SCAC or GLN
     * @param numbers     control numbers
     */
    public TransportInstructionBuilder(EdifactParties parties, EdiSyntax syntax, String carrierCode,
            ControlNumbers numbers) {
        this.parties = parties;
        this.syntax = syntax;
        this.carrierCode = carrierCode;
        this.numbers = numbers;
    }

    /** The IFTMIN interchange for the orders of one manifest, closed at {@code closedAt}. */
    public byte[] build(String manifestId, Instant closedAt, List<DeliveryOrder> orders) {
        EdifactEnvelope envelope = new EdifactEnvelope(parties, syntax, numbers, closedAt);
        int consignment = 0;
        for (DeliveryOrder order : orders) {
            EdiOutput out = envelope.startMessage(IFTMIN);
            // BGM+instruction+number+original: the manifest and the consignment's place on it (order ids exceed 35)
            out.segment("BGM", "610", OutboundValues.clip(manifestId, 30) + "-" + ++consignment, "9");
            out.segment("DTM", EdifactDates.dtm("137", closedAt)); // DTM+document date
            order.getTimeWindows().stream().findFirst().ifPresent(window -> {
                // a DTM 203 value names no zone: the receiver reads local time at the consignee
                ZoneId zone = localZone(window, order.getShipTo().getAddress());
                out.segment("DTM", EdifactDates.dtm("64", window.getStart(), zone)); // earliest delivery
                out.segment("DTM", EdifactDates.dtm("63", window.getEnd(), zone)); // latest delivery
            });
            out.segment("CNT", List.of("7", OutboundValues.kilograms(order.totalWeightKg()), "KGM")); // gross weight
            out.segment("CNT", List.of("11", String.valueOf(OutboundValues.pieces(order)))); // packages
            references(out, order, manifestId);
            out.segment("TDT", "20", "", List.of("3"), "", List.of(OutboundValues.clip(carrierCode, 17)));
            consignee(out, order);
            goods(out, order);
            envelope.endMessage();
        }
        return envelope.finish();
    }

    private static void references(EdiOutput out, DeliveryOrder order, String manifestId) {
        ExternalReferences references = order.getReferences();
        if (references != null && references.getCustomerPo() != null) {
            out.segment("RFF", List.of("ON", OutboundValues.clip(references.getCustomerPo(), 70)));
        }
        out.segment("RFF", List.of("CU", OutboundValues.clip(order.getId(), 70))); // consignor's reference
        if (references != null && references.getTrackingNumber() != null) {
            out.segment("RFF", List.of("CN", OutboundValues.clip(references.getTrackingNumber(), 70))); // carrier's
        }
        out.segment("RFF", List.of("AAM", OutboundValues.clip(manifestId, 70))); // waybill / manifest number
    }

    /** NAD+CN+party id+name and address+name+street+city+region+postal code+country. */
    private static void consignee(EdiOutput out, DeliveryOrder order) {
        Party shipTo = order.getShipTo();
        Address address = shipTo.getAddress();
        List<String> names = new ArrayList<>();
        names.add(OutboundValues.clip(shipTo.getName() != null ? shipTo.getName() : shipTo.getCompany(), 35));
        if (shipTo.getName() != null && shipTo.getCompany() != null) {
            names.add(OutboundValues.clip(shipTo.getCompany(), 35));
        }
        if (address == null) {
            out.segment("NAD", "CN", "", "", names);
            return;
        }
        List<String> street = address.getLine2() == null ? List.of(OutboundValues.clip(address.getLine1(), 35))
                : List.of(OutboundValues.clip(address.getLine1(), 35), OutboundValues.clip(address.getLine2(), 35));
        out.segment("NAD", "CN", "", "", names, street, OutboundValues.clip(address.getCity(), 35),
                address.getRegion() == null ? "" : List.of(OutboundValues.clip(address.getRegion(), 9)),
                OutboundValues.clip(address.getPostalCode(), 17), OutboundValues.clip(address.getCountryCode(), 3));
    }

    private static void goods(EdiOutput out, DeliveryOrder order) {
        int item = 0;
        for (Parcel parcel : order.getParcels()) {
            out.segment("GID", String.valueOf(++item), List.of(String.valueOf(parcel.getQuantity()), "PK"));
            out.segment("MEA", "AAE", List.of("AAB"), List.of("KGM", OutboundValues.kilograms(parcel.getWeightKg())));
            if (OutboundValues.isSscc(parcel.getBarcode())) {
                out.segment("PCI", "30"); // PCI+marked with serial shipping container code
                out.segment("GIN", "BJ", List.of(parcel.getBarcode()));
            }
        }
    }


    /** The window's zone, else the zone of the consignee's country or region, else UTC. */
    private static ZoneId localZone(TimeWindow window, Address consignee) {
        return window.getZoneId() != null ? ZoneId.of(window.getZoneId())
                : RegionZones.of(consignee).orElse(ZoneOffset.UTC);
    }
}
