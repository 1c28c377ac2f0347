package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.edi.EdiContext;
import io.lastmilehub.connectors.support.edi.EdiLoops;
import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.EdiTransaction;
import io.lastmilehub.connectors.support.edi.EdiValues;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;

import java.util.List;
import java.util.Set;

/**
 * EDIFACT ORDERS purchase order, when it carries a delivery: a delivery party (NAD+DP, else NAD+ST) with an
 * address. BGM order number as customer PO, the DTM delivery window (2, or 64/63), one parcel per LIN line (item
 * number, QTY+21 ordered quantity, IMD description, MEA weight). An order without a delivery party is rejected: it
 * is a purchase, not a delivery the hub can make.
 */
final class OrdersMapping {

    private static final Set<String> LINE_ENDS = Set.of("UNS", "UNT");

    private final EdiContext context;

    OrdersMapping(EdiContext context) {
        this.context = context;
    }

    List<DeliveryOrder> orders(EdiTransaction message) {
        String field = "UNH+" + message.controlNumber() + "+ORDERS";
        EdiSegment bgm = message.first("BGM") // BGM+document name code+order number+function
                .orElseThrow(() -> new MappingException(field + "/BGM", "missing"));
        EdiSegment delivery = EdifactParty.find(message, "DP", "ST").orElseThrow(() -> new MappingException(
                field + "/NAD+DP", "carries no delivery: no delivery party (NAD+DP or NAD+ST)"));
        List<List<EdiSegment>> lines = EdiLoops.split(message.segments(), "LIN", LINE_ENDS);
        if (lines.isEmpty()) {
            throw new MappingException(field + "/LIN", "no line items");
        }
        Party shipTo = EdifactParty.read(delivery, field);
        DeliveryOrder.DeliveryOrderBuilder order = context.order()
                .references(EdifactReferences.of(message).erpSalesOrder(null)
                        .customerPo(EdiValues.blankToNull(bgm.element(2))).build())
                .shipTo(shipTo);
        lines.forEach(line -> order.parcel(parcel(line, field)));
        EdifactDates.deliveryWindow(message, context.localZone(shipTo.getAddress()), field)
                .ifPresent(order::timeWindow);
        return List.of(order.build());
    }

    /** LIN+line number++item number:type; QTY+21:ordered quantity; IMD+F++:::description. */
    private static Parcel parcel(List<EdiSegment> line, String field) {
        EdiSegment lin = line.get(0);
        String where = field + "/LIN+" + lin.element(1);
        String quantity = line.stream().filter(s -> s.is("QTY", "21")).map(s -> s.component(1, 2)).findFirst()
                .orElse("");
        String description = line.stream().filter(s -> s.is("IMD")).map(s -> s.component(3, 4))
                .filter(d -> !d.isEmpty()).findFirst().orElse(null);
        String item = lin.component(3, 1);
        return Parcel.builder().id("LIN-" + lin.element(1)).barcode(EdiValues.blankToNull(item))
                .description(description).quantity(EdiValues.quantity(quantity, where + "/QTY+21"))
                .weightKg(EdifactGoods.weightKg(line, where)).build();
    }
}
