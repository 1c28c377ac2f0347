package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.EdiOutput;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.OutboundValues;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Builds an X12 856 ship notice/manifest (004010) for the orders a carrier collects at a cut-off: one shipment level
 * (HL S: BSN with the manifest number, TD1 pieces and gross weight, TD5 the carrier's SCAC, DTM 011 shipped), one
 * order level per order (HL O: PRF with the customer PO, REF CN the carrier's tracking number, REF OQ the hub's
 * order id, N1/N3/N4 ship-to) and one pack level per parcel line (HL P: MAN GM with the SSCC when
 * the barcode is one, else MAN CP with the barcode or parcel id; MEA gross weight). Times in UTC.
 */
public final class ShipNoticeBuilder {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);
    /** BSN-05 0001: shipment, order, packaging, item. */
    private static final String PICK_AND_PACK = "0001";

    private final X12Parties parties;
    private final EdiSyntax syntax;
    private final String scac;
    private final ControlNumbers numbers;

    /**
     * @param parties the carrier
     * @param syntax  the separators and character set of what we send
     * @param scac    the carrier's standard carrier alpha code, TD5-03
     * @param numbers control numbers
     */
    public ShipNoticeBuilder(X12Parties parties, EdiSyntax syntax, String scac, ControlNumbers numbers) {
        this.parties = parties;
        this.syntax = syntax;
        this.scac = scac;
        this.numbers = numbers;
    }

    /** The 856 interchange for the orders of one manifest, closed at {@code closedAt}. */
    public byte[] build(String manifestId, Instant closedAt, List<DeliveryOrder> orders) {
        X12Envelope envelope = new X12Envelope(parties, syntax, numbers, "SH", closedAt);
        EdiOutput out = envelope.startSet("856");
        var utc = closedAt.atOffset(ZoneOffset.UTC);
        out.segment("BSN", "00", OutboundValues.clip(manifestId, 30), DATE.format(utc), TIME.format(utc),
                PICK_AND_PACK); // BSN*original*shipment id*date*time*structure
        out.segment("HL", "1", "", "S");
        int pieces = orders.stream().mapToInt(OutboundValues::pieces).sum();
        double kg = orders.stream().mapToDouble(DeliveryOrder::totalWeightKg).sum();
        // TD1*packaging*count****G gross*weight*KG
        out.segment("TD1", "CTN", String.valueOf(pieces), "", "", "", "G", OutboundValues.kilograms(kg), "KG");
        out.segment("TD5", "B", "2", scac); // TD5*origin carrier*SCAC qualifier*SCAC
        out.segment("DTM", "011", DATE.format(utc), TIME.format(utc), "UT"); // DTM*shipped*date*time*UTC
        int hl = 1;
        for (DeliveryOrder order : orders) {
            int orderLevel = ++hl;
            orderLevel(out, orderLevel, order);
            for (Parcel parcel : order.getParcels()) {
                out.segment("HL", String.valueOf(++hl), String.valueOf(orderLevel), "P");
                // MEA*physical dimensions*gross weight*value*KG; MEA (position 080) comes before MAN (190)
                out.segment("MEA", "PD", "G", OutboundValues.kilograms(parcel.getWeightKg()), "KG");
                out.segment("MAN", packQualifier(parcel), OutboundValues.clip(packId(parcel), 48));
            }
        }
        out.segment("CTT", String.valueOf(hl)); // CTT*number of HL segments
        envelope.endSet();
        return envelope.finish();
    }

    private static void orderLevel(EdiOutput out, int level, DeliveryOrder order) {
        out.segment("HL", String.valueOf(level), "1", "O");
        ExternalReferences references = order.getReferences();
        if (references != null && references.getCustomerPo() != null) {
            out.segment("PRF", OutboundValues.clip(references.getCustomerPo(), 22)); // PRF*purchase order number
        }
        if (references != null && references.getTrackingNumber() != null) {
            out.segment("REF", "CN", OutboundValues.clip(references.getTrackingNumber(), 30)); // carrier's reference
        }
        // REF*OQ*order number: the hub's ids (40 characters) exceed REF02's 30, so they go whole in REF03 (80)
        String id = OutboundValues.clip(order.getId(), 80);
        out.segment("REF", "OQ", id.length() <= 30 ? id : "", id.length() <= 30 ? "" : id);
        Party shipTo = order.getShipTo();
        String name = shipTo.getName() != null ? shipTo.getName() : shipTo.getCompany();
        out.segment("N1", "ST", OutboundValues.clip(name == null ? order.getId() : name, 60)); // N1*ship to*name
        Address address = shipTo.getAddress();
        if (address != null) {
            out.segment("N3", OutboundValues.clip(address.getLine1(), 55), OutboundValues.clip(address.getLine2(), 55));
            String region = address.getRegion() != null && address.getRegion().length() == 2 ? address.getRegion()
                    : "";
            // N4*city*state or province*postal code*country
            out.segment("N4", OutboundValues.clip(address.getCity(), 30), region,
                    OutboundValues.clip(address.getPostalCode(), 15), OutboundValues.clip(address.getCountryCode(), 3));
        }
    }

    /** GM: an SSCC-18 on the label; CP: a carrier-assigned or other package id. */
    private static String packQualifier(Parcel parcel) {
        return OutboundValues.isSscc(parcel.getBarcode()) ? "GM" : "CP";
    }

    private static String packId(Parcel parcel) {
        return parcel.getBarcode() != null ? parcel.getBarcode() : parcel.getId();
    }
}
