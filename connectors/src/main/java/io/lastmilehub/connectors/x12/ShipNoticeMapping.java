package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.edi.EdiSegment;
import io.lastmilehub.connectors.edi.EdiTransaction;
import io.lastmilehub.connectors.edi.EdiValues;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;

import java.util.List;
import java.util.Optional;

/**
 * X12 856 ship notice: one {@link ParcelUpdate} per order level (HL O; the whole shipment when there is none),
 * matched by BSN-02 shipment id ({@code erpDelivery}) and PRF-01 purchase order ({@code customerPo}). Its parcels are
 * the pack levels (HL P, MAN GM SSCC as id and barcode, MEA gross weight), or the item levels when the sender packs
 * nothing (LIN product id, SN1 quantity, PID description). The shipment's gross weight (MEA PD G, else TD1) goes to
 * the update when there is one order level; with several, it cannot be split and is left out.
 */
final class ShipNoticeMapping {

    List<ParcelUpdate> updates(EdiTransaction notice) {
        String field = "ST*856*" + notice.controlNumber();
        EdiSegment bsn = notice.first("BSN") // BSN*purpose*shipment id*date*time
                .orElseThrow(() -> new MappingException(field + "/BSN", "missing"));
        List<HierarchicalLevel> levels = HierarchicalLevel.of(notice.segments());
        HierarchicalLevel shipment = levels.stream().filter(l -> l.level().equals("S")).findFirst()
                .orElseThrow(() -> new MappingException(field + "/HL*S", "no shipment level"));
        double grossKg = grossWeight(shipment, field);
        List<HierarchicalLevel> orders = levels.stream().filter(l -> l.level().equals("O")).toList();
        List<HierarchicalLevel> tops = orders.isEmpty() ? List.of(shipment) : orders;
        return tops.stream().map(top -> update(bsn, top, levels, tops.size() == 1 ? grossKg : 0, field)).toList();
    }

    private static ParcelUpdate update(EdiSegment bsn, HierarchicalLevel top, List<HierarchicalLevel> levels,
            double grossKg, String field) {
        String where = field + "/HL[" + top.id() + "]";
        List<HierarchicalLevel> below = levels.stream().filter(l -> top.contains(l, levels)).toList();
        String po = below.stream().flatMap(l -> l.first("PRF").stream()).map(prf -> prf.element(1)) // PRF*PO number
                .findFirst().orElse(null);
        List<HierarchicalLevel> packs = below.stream().filter(l -> l.level().equals("P")).toList();
        List<Parcel> parcels = packs.isEmpty()
                ? below.stream().filter(l -> l.level().equals("I")).map(l -> item(l, where)).toList()
                : packs.stream().map(l -> pack(l, where)).toList();
        if (parcels.isEmpty()) {
            throw new MappingException(where, "no pack (HL P) or item (HL I) levels");
        }
        ExternalReferences references = ExternalReferences.builder()
                .erpDelivery(EdiValues.blankToNull(bsn.element(2))).customerPo(EdiValues.blankToNull(po))
                .trackingNumber(top.first("REF", "CN").or(() -> levels.get(0).first("REF", "CN"))
                        .map(ref -> ref.element(2)).orElse(null)).build();
        return new ParcelUpdate(references, parcels, grossKg);
    }

    private static Parcel pack(HierarchicalLevel pack, String where) {
        String field = where + "/HL[" + pack.id() + "]";
        String sscc = pack.first("MAN").map(man -> EdiValues.sscc(man.element(2))) // MAN*GM*SSCC
                .orElseThrow(() -> new MappingException(field + "/MAN", "pack without a marks number"));
        double kg = pack.first("MEA", "PD").filter(m -> m.element(2).equals("G")) // MEA*PD*G*weight*unit
                .map(m -> EdiValues.kilograms(m.element(3), m.element(4), field + "/MEA-03")).orElse(0.0);
        return Parcel.builder().id(sscc).barcode(sscc).quantity(1).weightKg(kg).build();
    }

    private static Parcel item(HierarchicalLevel item, String where) {
        String field = where + "/HL[" + item.id() + "]";
        EdiSegment lin = item.first("LIN") // LIN*line*qualifier*product id
                .orElseThrow(() -> new MappingException(field + "/LIN", "item without a product id"));
        Optional<EdiSegment> sn1 = item.first("SN1"); // SN1*line*quantity shipped*unit
        String description = item.first("PID").map(pid -> pid.element(5)).orElse(""); // PID*F****description
        return Parcel.builder().id(lin.element(3)).description(EdiValues.blankToNull(description))
                .quantity(EdiValues.quantity(sn1.map(s -> s.element(2)).orElse(""), field + "/SN1-02")).build();
    }

    /** MEA*PD*G*weight*unit, else TD1*packaging*count****G|A3*weight*unit. */
    private static double grossWeight(HierarchicalLevel shipment, String field) {
        Optional<EdiSegment> mea = shipment.first("MEA", "PD").filter(m -> m.element(2).equals("G"));
        if (mea.isPresent()) {
            return EdiValues.kilograms(mea.get().element(3), mea.get().element(4), field + "/MEA-03");
        }
        return shipment.first("TD1").map(td1 -> EdiValues.kilograms(td1.element(7), td1.element(8),
                field + "/TD1-07")).orElse(0.0);
    }
}
