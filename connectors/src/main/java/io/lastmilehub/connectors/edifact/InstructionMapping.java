package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.edi.EdiContext;
import io.lastmilehub.connectors.support.edi.EdiLoops;
import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.EdiTransaction;
import io.lastmilehub.connectors.support.edi.EdiValues;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * EDIFACT IFTMIN instruction message: one order to the consignee (NAD+CN, else NAD+DP delivery party), BGM
 * document number as {@code erpDelivery}, RFF+ON as customer PO and RFF+CU (consignor's reference) as
 * {@code erpSalesOrder}, the DTM delivery window, and one parcel per goods item (GID number of packages, MEA weight,
 * GIN+BJ SSCC as id when there is exactly one).
 */
final class InstructionMapping {

    private static final Set<String> GOODS_ENDS = Set.of("UNT", "CNT");

    private final EdiContext context;

    InstructionMapping(EdiContext context) {
        this.context = context;
    }

    List<DeliveryOrder> orders(EdiTransaction message) {
        String field = "UNH+" + message.controlNumber() + "+IFTMIN";
        EdiSegment bgm = message.first("BGM") // BGM+document name code+document number+function
                .orElseThrow(() -> new MappingException(field + "/BGM", "missing"));
        EdiSegment consignee = EdifactParty.find(message, "CN", "DP")
                .orElseThrow(() -> new MappingException(field + "/NAD+CN", "no consignee (NAD+CN or NAD+DP)"));
        List<List<EdiSegment>> goods = EdiLoops.split(message.segments(), "GID", GOODS_ENDS);
        if (goods.isEmpty()) {
            throw new MappingException(field + "/GID", "no goods item");
        }
        Party shipTo = EdifactParty.read(consignee, field);
        DeliveryOrder.DeliveryOrderBuilder order = context.order()
                .references(EdifactReferences.of(message).erpDelivery(EdiValues.blankToNull(bgm.element(2)))
                        .build())
                .shipTo(shipTo);
        goods.forEach(item -> parcels(item, field).forEach(order::parcel));
        EdifactDates.deliveryWindow(message, context.localZone(shipTo.getAddress()), field)
                .ifPresent(order::timeWindow);
        return List.of(order.build());
    }

    /** GID+item number+count:package type; one parcel, or one per SSCC when each package has its own. */
    private static List<Parcel> parcels(List<EdiSegment> item, String field) {
        EdiSegment gid = item.get(0);
        String where = field + "/GID+" + gid.element(1);
        int count = EdiValues.quantity(gid.component(2, 1), where);
        double kg = EdifactGoods.weightKg(item, where);
        List<String> ssccs = EdifactGoods.ssccs(item);
        List<Parcel> parcels = new ArrayList<>();
        if (ssccs.size() == count) {
            ssccs.forEach(sscc -> parcels.add(Parcel.builder().id(sscc).barcode(sscc).quantity(1)
                    .weightKg(kg / count).build()));
        } else {
            parcels.add(Parcel.builder().id("GID-" + gid.element(1)).quantity(count).weightKg(kg).build());
        }
        return parcels;
    }
}
