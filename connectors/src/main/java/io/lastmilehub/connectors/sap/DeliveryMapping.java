package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Dimensions;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.TimeWindow;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One outbound delivery (E1EDL20 with its segments, in DELVRY or inside a SHPMNT shipment) as a delivery order:
 * <ul>
 *   <li>the ship-to is the partner E1ADRM1 with PARTNER_Q = WE;</li>
 *   <li>the time window is the delivery deadline E1EDT13 with QUALF = 007, in its TZONE_BEG/TZONE_END, else in the
 *       ship-to's time zone (E1ADRM1-TZCODE), else in the sender's zone, else the ship-to's country's or region's,
 *       else the depot's;</li>
 *   <li>the parcels are the handling units (E1EDL37, EXIDV as barcode) when the delivery is packed, else its items
 *       (E1EDL24) with a quantity, else one parcel of the header's weight and volume (BTGEW, VOLUM); weights are
 *       gross: the items' BRGEW, else the delivery's BTGEW shared by quantity, and the net NTGEW only when the
 *       sender gave no gross weight at all;</li>
 *   <li>the references are the delivery number VBELN and the sales order of the items (E1EDL43 with QUALF = C).</li>
 * </ul>
 */
final class DeliveryMapping {

    /** E1EDT13-QUALF of the delivery date at the ship-to (LFDAT/LFUHR); 006 would be the goods issue. */
    static final String DELIVERY_DEADLINE = "007";
    /** E1EDL43-QUALF of a sales order (SD document category C). */
    static final String SALES_ORDER = "C";

    private final IdocContext context;

    DeliveryMapping(IdocContext context) {
        this.context = context;
    }

    DeliveryOrder order(Segment delivery) {
        String vbeln = SegmentPaths.required(delivery, "VBELN");
        Segment shipTo = delivery.child("E1ADRM1", "PARTNER_Q", "WE").orElseThrow(() -> new MappingException(
                SegmentPaths.qualified("E1ADRM1", "PARTNER_Q", "WE"), "missing: delivery " + vbeln
                + " has no ship-to partner"));
        Party consignee = ShipToParty.fromAddress(shipTo);
        ZoneId zone = context.times().zone(shipTo, "TZCODE", context.zoneAt(consignee.getAddress()));
        List<TimeWindow> windows = delivery.child("E1EDT13", "QUALF", DELIVERY_DEADLINE)
                .map(deadline -> context.times().window(deadline, zone)).stream().filter(Objects::nonNull).toList();
        return DeliveryOrder.builder()
                .tenant(context.tenant())
                .source(context.source())
                .references(ExternalReferences.builder().erpDelivery(vbeln).erpSalesOrder(salesOrder(delivery))
                        .buildUnvalidated())
                .shipTo(consignee)
                .timeWindows(windows)
                .parcels(parcels(delivery, vbeln))
                .build();
    }

    private static String salesOrder(Segment delivery) {
        return delivery.children("E1EDL24").stream()
                .map(item -> item.child("E1EDL43", "QUALF", SALES_ORDER))
                .flatMap(Optional::stream)
                .map(reference -> reference.field("BELNR"))
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static List<Parcel> parcels(Segment delivery, String vbeln) {
        List<Segment> units = delivery.children("E1EDL37");
        if (!units.isEmpty()) {
            return units.stream().map(DeliveryMapping::handlingUnit).toList();
        }
        List<Parcel> items = items(delivery, "BRGEW");
        if (items.isEmpty()) {
            return List.of(wholeDelivery(delivery, vbeln));
        }
        double gross = SapQuantities.kilograms(delivery, "BTGEW", "GEWEI");
        if (items.stream().anyMatch(p -> p.getWeightKg() > 0)) {
            return items;
        }
        // no item gross weight: the delivery's gross weight shared by quantity, else the net weight the only one
        return gross > 0 ? share(items, gross) : items(delivery, "NTGEW");
    }

    private static List<Parcel> items(Segment delivery, String weightField) {
        return delivery.children("E1EDL24").stream().map(item -> item(item, weightField)).flatMap(Optional::stream)
                .toList();
    }

    private static List<Parcel> share(List<Parcel> items, double kg) {
        int pieces = items.stream().mapToInt(Parcel::getQuantity).sum();
        return items.stream().map(p -> p.toBuilder().weightKg(kg * p.getQuantity() / pieces).buildUnvalidated())
                .toList();
    }

    private static Parcel handlingUnit(Segment unit) {
        String exidv = SegmentPaths.required(unit, "EXIDV");
        return Parcel.builder()
                .id(exidv)
                .barcode(exidv)
                .description(unit.field("INHALT") != null ? unit.field("INHALT") : unit.field("VHILM"))
                .quantity(1)
                .weightKg(SapQuantities.kilograms(unit, "BRGEW", "GWEIM"))
                .volumeM3(SapQuantities.cubicMetres(unit, "BTVOL", "VOLEM"))
                .dimensions(dimensions(unit))
                .buildUnvalidated();
    }

    private static Dimensions dimensions(Segment unit) {
        double length = SapQuantities.centimetres(unit, "LAENG", "MEABM");
        double width = SapQuantities.centimetres(unit, "BREIT", "MEABM");
        double height = SapQuantities.centimetres(unit, "HOEHE", "MEABM");
        if (length == 0 && width == 0 && height == 0) {
            return null;
        }
        return Dimensions.builder().lengthCm(length).widthCm(width).heightCm(height).buildUnvalidated();
    }

    /** An item with a delivered quantity; items without one (text items, batch-split headers) carry nothing. */
    private static Optional<Parcel> item(Segment item, String weightField) {
        BigDecimal quantity = SapQuantities.decimal(item, "LFIMG");
        if (quantity == null || quantity.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(Parcel.builder()
                .id(SegmentPaths.required(item, "POSNR"))
                .description(item.field("ARKTX") != null ? item.field("ARKTX") : item.field("MATNR"))
                .quantity(SapQuantities.pieces(quantity))
                .weightKg(SapQuantities.kilograms(item, weightField, "GEWEI"))
                .volumeM3(SapQuantities.cubicMetres(item, "VOLUM", "VOLEH"))
                .buildUnvalidated());
    }

    private static Parcel wholeDelivery(Segment delivery, String vbeln) {
        BigDecimal packages = SapQuantities.decimal(delivery, "ANZPK");
        return Parcel.builder()
                .id(vbeln)
                .quantity(SapQuantities.pieces(packages))
                .weightKg(SapQuantities.kilograms(delivery, "BTGEW", "GEWEI"))
                .volumeM3(SapQuantities.cubicMetres(delivery, "VOLUM", "VOLEH"))
                .buildUnvalidated();
    }
}
