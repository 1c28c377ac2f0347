package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.TimeWindow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order IDoc (ORDERS01 to ORDERS05) as one delivery order: the ship-to is the partner E1EDKA1 with PARVW = WE,
 * the time window the whole requested delivery day (E1EDK03 with IDDAT = 002) in the sender's zone, the parcels
 * the items E1EDP01 that are not deleted (ACTION 003), described by their E1EDP19 material text.
 *
 * <p>With message type ORDERS, E1EDK01-BELNR is the buyer's purchase order; with ORDRSP, the seller's order
 * confirmation (what an SD sales order sends as output), it is the sales order. E1EDK02 references win when
 * present: QUALF 001 the customer's purchase order, 002 the seller's sales order. An order without an item left
 * to deliver maps to no delivery order.
 */
final class OrderMapping {

    /** E1EDK03-IDDAT of the requested delivery date. */
    static final String REQUESTED_DELIVERY = "002";
    /** E1EDP01-ACTION of a deleted item. */
    static final String DELETED = "003";

    private final IdocContext context;

    OrderMapping(IdocContext context) {
        this.context = context;
    }

    List<DeliveryOrder> orders(Idoc idoc) {
        Segment header = idoc.segments("E1EDK01").stream().findFirst().orElseThrow(() -> new MappingException(
                "E1EDK01", "missing: mandatory segment (order header)"));
        List<Parcel> parcels = idoc.segments("E1EDP01").stream().map(OrderMapping::item).flatMap(Optional::stream)
                .toList();
        if (parcels.isEmpty()) {
            return List.of();
        }
        Segment shipTo = first(idoc, "E1EDKA1", "PARVW", "WE").orElseThrow(() -> new MappingException(
                SegmentPaths.qualified("E1EDKA1", "PARVW", "WE"), "missing: the order has no ship-to partner"));
        Party consignee = ShipToParty.fromOrderPartner(shipTo);
        TimeWindow day = first(idoc, "E1EDK03", "IDDAT", REQUESTED_DELIVERY)
                .map(date -> context.times().day(date, "DATUM", context.zoneAt(consignee.getAddress()))).orElse(null);
        return List.of(DeliveryOrder.builder()
                .tenant(context.tenant())
                .source(context.source())
                .references(references(idoc, header))
                .shipTo(consignee)
                .timeWindows(day == null ? List.of() : List.of(day))
                .parcels(parcels)
                .build());
    }

    private static ExternalReferences references(Idoc idoc, Segment header) {
        boolean confirmation = "ORDRSP".equals(idoc.control().messageType());
        String ownNumber = header.field("BELNR");
        String customerPo = reference(idoc, "001").orElse(confirmation ? null : ownNumber);
        String salesOrder = reference(idoc, "002").orElse(confirmation ? ownNumber : null);
        return ExternalReferences.builder().customerPo(customerPo).erpSalesOrder(salesOrder).buildUnvalidated();
    }

    private static Optional<String> reference(Idoc idoc, String qualifier) {
        return first(idoc, "E1EDK02", "QUALF", qualifier).map(reference -> reference.field("BELNR"));
    }

    private static Optional<Segment> first(Idoc idoc, String type, String field, String value) {
        return idoc.segments(type).stream().filter(segment -> value.equals(segment.field(field))).findFirst();
    }

    private static Optional<Parcel> item(Segment item) {
        BigDecimal quantity = SapQuantities.decimal(item, "MENGE");
        if (DELETED.equals(item.field("ACTION")) || quantity == null || quantity.signum() <= 0) {
            return Optional.empty();
        }
        String gross = item.field("BRGEW") != null ? "BRGEW" : "NTGEW";
        return Optional.of(Parcel.builder()
                .id(item.field("POSEX") != null ? item.field("POSEX") : String.valueOf(item.number()))
                .description(description(item))
                .quantity(SapQuantities.pieces(quantity))
                .weightKg(SapQuantities.kilograms(item, gross, "GEWEI"))
                .volumeM3(SapQuantities.cubicMetres(item, "VOLUM", "VOLEH"))
                .buildUnvalidated());
    }

    /** The first material text of the item's object identifications, else the first material number. */
    private static String description(Segment item) {
        List<Segment> identifications = item.children("E1EDP19");
        return identifications.stream().map(id -> id.field("KTEXT")).filter(Objects::nonNull).findFirst()
                .orElse(identifications.stream().map(id -> id.field("IDTNR")).filter(Objects::nonNull).findFirst()
                        .orElse(null));
    }
}
