package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.edi.EdiContext;
import io.lastmilehub.connectors.edi.EdiLoops;
import io.lastmilehub.connectors.edi.EdiSegment;
import io.lastmilehub.connectors.edi.EdiTransaction;
import io.lastmilehub.connectors.edi.EdiValues;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * X12 204 motor carrier load tender: one order per unloading stop (S5-02 CU complete unload, UL unload, PU part
 * unload), shipped to the stop's consignee (N1 CN, ST or the stop's first N1), in the window of its G62 appointments,
 * with one parcel carrying the stop's AT8 weight (or the tender's L3 total). The tender's B2-04 shipment id becomes
 * {@code erpDelivery}, the key a 990 and 214 answer with; L11 PO the customer PO. Loading stops are where the load
 * comes from and are not delivered by the hub.
 */
final class LoadTenderMapping {

    private static final Set<String> UNLOADING = Set.of("CU", "UL", "PU");
    private static final Set<String> STOP_ENDS = Set.of("L3", "SE");

    private final EdiContext context;

    LoadTenderMapping(EdiContext context) {
        this.context = context;
    }

    List<DeliveryOrder> orders(EdiTransaction tender) {
        String field = "ST*204*" + tender.controlNumber();
        EdiSegment b2 = tender.first("B2") // B2**SCAC**shipment id**payment method
                .orElseThrow(() -> new MappingException(field + "/B2", "missing"));
        String shipmentId = b2.element(4);
        List<List<EdiSegment>> stops = EdiLoops.split(tender.segments(), "S5", STOP_ENDS);
        List<DeliveryOrder> orders = stops.stream().filter(stop -> UNLOADING.contains(stop.get(0).element(2)))
                .map(stop -> order(tender, shipmentId, stop, field)).toList();
        if (orders.isEmpty()) {
            throw new MappingException(field + "/S5", "no unloading stop (S5-02 CU, UL or PU)");
        }
        return orders;
    }

    private DeliveryOrder order(EdiTransaction tender, String shipmentId, List<EdiSegment> stop, String field) {
        EdiSegment s5 = stop.get(0); // S5*stop sequence*reason code
        String where = field + "/S5[" + s5.element(1) + "]";
        List<EdiSegment> consignee = X12Party.find(stop, "CN", "ST")
                .or(() -> stop.stream().filter(s -> s.is("N1")).findFirst().flatMap(n1 -> X12Party.find(stop,
                        n1.element(1))))
                .orElseThrow(() -> new MappingException(where + "/N1", "no consignee"));
        DeliveryOrder.DeliveryOrderBuilder order = context.order()
                .references(ExternalReferences.builder().erpDelivery(EdiValues.blankToNull(shipmentId))
                        .customerPo(reference(stop, tender, "PO").orElse(null)).build())
                .shipTo(X12Party.read(consignee, where))
                .parcel(parcel(tender, stop, where))
                .instructions(notes(tender));
        X12Appointments.deliveryWindow(stop, where).ifPresent(order::timeWindow);
        return order.build();
    }

    /** L11*reference*qualifier: the stop's own, else the tender's. */
    private static Optional<String> reference(List<EdiSegment> stop, EdiTransaction tender, String qualifier) {
        return stop.stream().filter(s -> s.is("L11") && s.element(2).equals(qualifier)).map(s -> s.element(1))
                .findFirst().or(() -> tender.segments().stream()
                        .filter(s -> s.is("L11") && s.element(2).equals(qualifier)).map(s -> s.element(1))
                        .findFirst());
    }

    private static Parcel parcel(EdiTransaction tender, List<EdiSegment> stop, String where) {
        Optional<EdiSegment> at8 = stop.stream().filter(s -> s.is("AT8")).findFirst();
        double kg;
        int quantity = 1;
        if (at8.isPresent()) { // AT8*G gross*L pounds|K kilograms*weight*lading quantity
            kg = EdiValues.kilograms(at8.get().element(3), at8.get().element(2), where + "/AT8-03");
            quantity = EdiValues.quantity(at8.get().element(4), where + "/AT8-04");
        } else { // L3*weight*G*charge...
            kg = tender.first("L3").map(l3 -> EdiValues.kilograms(l3.element(1), "L", where + "/L3-01"))
                    .orElse(0.0);
        }
        String description = stop.stream().filter(s -> s.is("L5")).map(s -> s.element(2)) // L5*line*description
                .filter(d -> !d.isEmpty()).findFirst().orElse(null);
        return Parcel.builder().id("S5-" + stop.get(0).element(1)).description(description).quantity(quantity)
                .weightKg(kg).build();
    }

    /** NTE*reference code*text, joined. */
    private static String notes(EdiTransaction tender) {
        String notes = tender.segments().stream().filter(s -> s.is("NTE")).map(s -> s.element(2))
                .filter(n -> !n.isEmpty()).collect(Collectors.joining(" "));
        return notes.isEmpty() ? null : notes;
    }
}
