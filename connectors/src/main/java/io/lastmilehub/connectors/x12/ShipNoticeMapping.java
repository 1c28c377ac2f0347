package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.EdiTransaction;
import io.lastmilehub.connectors.support.edi.EdiValues;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;

import java.util.List;
import java.util.Optional;

/**
 * X12 856 ship notice: one {@link ParcelUpdate} per order level (HL O; the whole shipment when there is none). Each
 * pack and item belongs to the order it hangs below in the HL hierarchy (shipment, order, tare, pack, item, in the
 * order the sender nests them; an HL without HL-02 hangs below the level before it). An update is matched by PRF-01
 * purchase order ({@code customerPo}) and, when the notice covers one order, by BSN-02 shipment id
 * ({@code erpDelivery}); with several orders the shipment id is only {@code erpShipment}, since it would match every
 * order to the first. Its parcels are the pack levels (HL P, MAN GM SSCC as id and barcode, MEA gross weight), or the
 * item levels when the sender packs nothing (LIN product id, SN1 quantity, PID description; an SN1 quantity in a
 * weight unit, "23 LB", is one item of that weight). Gross weight: the order level's own (MEA PD G, else TD1), else
 * the shipment's, shared among its orders by their pieces.
 */
final class ShipNoticeMapping {

    List<ParcelUpdate> updates(EdiTransaction notice) {
        String field = "ST*856*" + notice.controlNumber();
        EdiSegment bsn = notice.first("BSN") // BSN*purpose*shipment id*date*time
                .orElseThrow(() -> new MappingException(field + "/BSN", "missing"));
        List<HierarchicalLevel> levels = HierarchicalLevel.of(notice.segments());
        HierarchicalLevel shipment = levels.stream().filter(l -> l.level().equals("S")).findFirst()
                .orElseThrow(() -> new MappingException(field + "/HL*S", "no shipment level"));
        List<HierarchicalLevel> orders = levels.stream().filter(l -> l.level().equals("O")).toList();
        List<HierarchicalLevel> tops = orders.isEmpty() ? List.of(shipment) : orders;
        List<ParcelUpdate> updates = tops.stream().map(top -> update(bsn, top, levels, tops.size() == 1, field))
                .toList();
        return shareShipmentWeight(updates, grossWeight(shipment, field + "/HL[" + shipment.id() + "]"));
    }

    private static ParcelUpdate update(EdiSegment bsn, HierarchicalLevel top, List<HierarchicalLevel> levels,
            boolean onlyOrder, String field) {
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
        String shipmentId = EdiValues.blankToNull(bsn.element(2));
        ExternalReferences references = ExternalReferences.builder()
                .erpDelivery(onlyOrder ? shipmentId : null).erpShipment(shipmentId)
                .customerPo(EdiValues.blankToNull(po))
                .trackingNumber(top.first("REF", "CN").or(() -> levels.get(0).first("REF", "CN"))
                        .map(ref -> ref.element(2)).orElse(null)).build();
        double ownKg = top.level().equals("O") ? grossWeight(top, where) : 0;
        return new ParcelUpdate(references, parcels, ownKg);
    }

    /** The shipment's gross weight shared among the orders that declare none of their own, by their pieces. */
    private static List<ParcelUpdate> shareShipmentWeight(List<ParcelUpdate> updates, double shipmentKg) {
        List<ParcelUpdate> unweighed = updates.stream().filter(u -> u.grossWeightKg() == 0).toList();
        double left = shipmentKg - updates.stream().mapToDouble(ParcelUpdate::grossWeightKg).sum();
        int pieces = unweighed.stream().mapToInt(ShipNoticeMapping::pieces).sum();
        if (left <= 0 || pieces == 0) {
            return updates;
        }
        return updates.stream().map(u -> u.grossWeightKg() > 0 ? u : new ParcelUpdate(u.references(), u.parcels(),
                left * pieces(u) / pieces)).toList();
    }

    private static int pieces(ParcelUpdate update) {
        return update.parcels().stream().mapToInt(Parcel::getQuantity).sum();
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
        String shipped = sn1.map(s -> s.element(2)).orElse("");
        String unit = sn1.map(s -> s.element(3)).orElse("");
        Parcel.ParcelBuilder parcel = Parcel.builder().id(lin.element(3))
                .description(EdiValues.blankToNull(description));
        if (EdiValues.isWeightUnit(unit)) { // SN1*1*23*LB: 23 pounds of the item, not 23 pieces
            return parcel.quantity(1).weightKg(EdiValues.kilograms(shipped, unit, field + "/SN1-02")).build();
        }
        return parcel.quantity(EdiValues.quantity(shipped, field + "/SN1-02")).build();
    }

    /** MEA*PD*G*weight*unit, else TD1*packaging*count****G|A3*weight*unit, at a level; 0 when it has none. */
    private static double grossWeight(HierarchicalLevel level, String field) {
        Optional<EdiSegment> mea = level.first("MEA", "PD").filter(m -> m.element(2).equals("G"));
        if (mea.isPresent()) {
            return EdiValues.kilograms(mea.get().element(3), mea.get().element(4), field + "/MEA-03");
        }
        return level.first("TD1").map(td1 -> EdiValues.kilograms(td1.element(7), td1.element(8),
                field + "/TD1-07")).orElse(0.0);
    }
}
