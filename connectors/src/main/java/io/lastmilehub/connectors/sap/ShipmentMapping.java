package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.DeliveryOrder;

import java.util.ArrayList;
import java.util.List;

/**
 * A shipment (SHPMNT05: the header E1EDT20 with its deliveries E1EDL20 inside) as one delivery order per delivery,
 * each mapped as a DELVRY delivery is ({@link DeliveryMapping}).
 */
final class ShipmentMapping {

    private final DeliveryMapping deliveries;

    ShipmentMapping(IdocContext context) {
        this.deliveries = new DeliveryMapping(context);
    }

    List<DeliveryOrder> orders(Idoc idoc) {
        List<Segment> shipments = idoc.segments("E1EDT20");
        if (shipments.isEmpty()) {
            throw new MappingException("E1EDT20", "missing: mandatory segment (shipment header)");
        }
        List<DeliveryOrder> orders = new ArrayList<>();
        for (Segment shipment : shipments) {
            String tknum = SegmentPaths.required(shipment, "TKNUM");
            List<Segment> inside = shipment.children("E1EDL20");
            if (inside.isEmpty()) {
                throw new MappingException(SegmentPaths.label(shipment) + "/E1EDL20", "missing: shipment " + tknum
                        + " carries no delivery");
            }
            for (Segment delivery : inside) {
                DeliveryOrder order = deliveries.order(delivery);
                orders.add(order.toBuilder().references(order.getReferences().toBuilder().erpShipment(tknum)
                        .build()).build());
            }
        }
        return orders;
    }
}
