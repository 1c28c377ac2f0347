package io.lastmilehub.connectors.x12;

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

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * X12 940 warehouse shipping order: one order shipped to N1 ST (or CN), W05-02 depositor order number as
 * {@code erpSalesOrder}, W05-03 as customer PO, G62 delivery dates as the window, and one parcel per LX line item
 * (W01 quantity, G69 description, W20 weight).
 */
final class WarehouseOrderMapping {

    private static final Set<String> LINE_ENDS = Set.of("W76", "SE");

    private final EdiContext context;

    WarehouseOrderMapping(EdiContext context) {
        this.context = context;
    }

    List<DeliveryOrder> orders(EdiTransaction order) {
        String field = "ST*940*" + order.controlNumber();
        EdiSegment w05 = order.first("W05") // W05*N original*depositor order number*purchase order number
                .orElseThrow(() -> new MappingException(field + "/W05", "missing"));
        List<EdiSegment> shipTo = X12Party.find(order.segments(), "ST", "CN")
                .orElseThrow(() -> new MappingException(field + "/N1*ST", "no ship-to (N1 ST or CN)"));
        List<List<EdiSegment>> lines = EdiLoops.split(order.segments(), "LX", LINE_ENDS);
        if (lines.isEmpty()) {
            throw new MappingException(field + "/LX", "no line items");
        }
        Party consignee = X12Party.read(shipTo, field);
        DeliveryOrder.DeliveryOrderBuilder builder = context.order()
                .references(ExternalReferences.builder().erpSalesOrder(EdiValues.blankToNull(w05.element(2)))
                        .customerPo(EdiValues.blankToNull(w05.element(3))).build())
                .shipTo(consignee);
        lines.forEach(line -> builder.parcel(parcel(line, field)));
        X12Appointments.deliveryWindow(order.segments(), context.localZone(consignee.getAddress()), field)
                .ifPresent(builder::timeWindow);
        return List.of(builder.build());
    }

    private static Parcel parcel(List<EdiSegment> line, String field) {
        String where = field + "/LX[" + line.get(0).element(1) + "]";
        EdiSegment w01 = line.stream().filter(s -> s.is("W01")).findFirst() // W01*quantity*unit*UPC*qualifier*id
                .orElseThrow(() -> new MappingException(where + "/W01", "missing"));
        Optional<EdiSegment> w20 = line.stream().filter(s -> s.is("W20")).findFirst(); // W20****weight*G*L
        double kg = w20.map(w -> EdiValues.kilograms(w.element(4), w.element(6), where + "/W20-04")).orElse(0.0);
        String description = line.stream().filter(s -> s.is("G69")).map(s -> s.element(1)).findFirst() // G69*text
                .orElse(w01.element(5).isEmpty() ? w01.element(3) : w01.element(5));
        return Parcel.builder().id("LX-" + line.get(0).element(1)).description(EdiValues.blankToNull(description))
                .quantity(EdiValues.quantity(w01.element(1), where + "/W01-01")).weightKg(kg).build();
    }
}
