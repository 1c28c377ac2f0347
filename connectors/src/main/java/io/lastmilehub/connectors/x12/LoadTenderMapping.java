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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * X12 204 motor carrier load tender. A tender carries both ends of the trip: each unloading stop (S5-02 CU complete
 * unload, UL unload, PU part unload) becomes one order, shipped to the stop's consignee (N1 CN, ST or the stop's
 * first N1) in the window of its delivery G62s, and picked up at the loading stop (S5-02 CL complete load, LD load,
 * PL part load) before it, or the tender's first, at its shipper (N1 SH, SF or the stop's first N1) in the window of
 * its pick-up G62s; a tender without loading stops is picked up at its header's N1 SH or SF, if any.
 *
 * <p>References the shipper will quote back: B2-04 shipment id as {@code erpDelivery} (the key a 990 and 214 answer
 * with), L11 PO or OID-02 as customer PO, L11 BM bill of lading as {@code erpShipment}, L11 SI shipper's identifying
 * number (else DO delivery order, else SO shipper's order) as {@code erpSalesOrder}; a stop's own reference wins
 * over the tender's. Goods: one parcel per OID order detail (OID-05 quantity, OID-07 weight in OID-06 unit), else
 * one with the stop's AT8 weight (or the tender's L3 total).
 */
final class LoadTenderMapping {

    private static final Set<String> UNLOADING = Set.of("CU", "UL", "PU");
    private static final Set<String> LOADING = Set.of("CL", "LD", "PL");
    private static final Set<String> STOP_ENDS = Set.of("L3", "SE");
    private static final Set<String> OID_ENDS = Set.of("S5", "L3", "SE");

    private final EdiContext context;

    LoadTenderMapping(EdiContext context) {
        this.context = context;
    }

    List<DeliveryOrder> orders(EdiTransaction tender) {
        String field = "ST*204*" + tender.controlNumber();
        EdiSegment b2 = tender.first("B2") // B2**SCAC**shipment id**payment method
                .orElseThrow(() -> new MappingException(field + "/B2", "missing"));
        List<List<EdiSegment>> stops = EdiLoops.split(tender.segments(), "S5", STOP_ENDS);
        List<DeliveryOrder> orders = new ArrayList<>();
        // the loading stop before each unloading stop, else the tender's first
        List<EdiSegment> pickUp = stops.stream().filter(LoadTenderMapping::isLoading).findFirst().orElse(null);
        for (List<EdiSegment> stop : stops) {
            if (isLoading(stop)) {
                pickUp = stop;
            } else if (UNLOADING.contains(stop.get(0).element(2))) {
                orders.add(order(tender, b2.element(4), stop, pickUp, field));
            }
        }
        if (orders.isEmpty()) {
            throw new MappingException(field + "/S5", "no unloading stop (S5-02 CU, UL or PU)");
        }
        return orders;
    }

    private static boolean isLoading(List<EdiSegment> stop) {
        return LOADING.contains(stop.get(0).element(2));
    }

    private DeliveryOrder order(EdiTransaction tender, String shipmentId, List<EdiSegment> stop,
            List<EdiSegment> pickUp, String field) {
        EdiSegment s5 = stop.get(0); // S5*stop sequence*reason code
        String where = field + "/S5[" + s5.element(1) + "]";
        Party consignee = X12Party.read(party(stop, "CN", "ST")
                .orElseThrow(() -> new MappingException(where + "/N1", "no consignee")), where);
        DeliveryOrder.DeliveryOrderBuilder order = context.order()
                .references(references(tender, shipmentId, stop))
                .shipTo(consignee)
                .instructions(notes(tender));
        parcels(tender, stop, where).forEach(order::parcel);
        X12Appointments.deliveryWindow(stop, context.localZone(consignee.getAddress()), where)
                .ifPresent(order::timeWindow);
        pickUp(tender, pickUp, field).ifPresent(shipper -> {
            order.pickupFrom(shipper);
            if (pickUp != null) {
                X12Appointments.pickUpWindow(pickUp, context.localZone(shipper.getAddress()),
                        field + "/S5[" + pickUp.get(0).element(1) + "]").ifPresent(order::pickupTimeWindow);
            }
        });
        return order.build();
    }

    /** The shipper of the loading stop, else of the tender's header; empty when neither names one with an address. */
    private static Optional<Party> pickUp(EdiTransaction tender, List<EdiSegment> stop, String field) {
        if (stop != null) {
            return Optional.of(X12Party.read(party(stop, "SH", "SF").orElseThrow(() -> new MappingException(
                    field + "/S5[" + stop.get(0).element(1) + "]/N1", "no shipper at the loading stop")), field));
        }
        List<EdiSegment> header = tender.segments().stream().takeWhile(s -> !s.is("S5")).toList();
        return X12Party.find(header, "SH", "SF").filter(loop -> loop.stream().anyMatch(s -> s.is("N4")))
                .map(loop -> X12Party.read(loop, field));
    }

    /** The stop's N1 loop with one of the entity codes, else its first N1 loop. */
    private static Optional<List<EdiSegment>> party(List<EdiSegment> stop, String... codes) {
        return X12Party.find(stop, codes).or(() -> stop.stream().filter(s -> s.is("N1")).findFirst()
                .flatMap(n1 -> X12Party.find(stop, n1.element(1))));
    }

    private static ExternalReferences references(EdiTransaction tender, String shipmentId, List<EdiSegment> stop) {
        Optional<String> orderPo = stop.stream().filter(s -> s.is("OID")).map(s -> s.element(2)) // OID*ref*PO
                .filter(po -> !po.isEmpty()).findFirst();
        return ExternalReferences.builder().erpDelivery(EdiValues.blankToNull(shipmentId))
                .customerPo(reference(stop, tender, "PO").or(() -> orderPo).orElse(null))
                .erpShipment(reference(stop, tender, "BM").orElse(null))
                .erpSalesOrder(reference(stop, tender, "SI").or(() -> reference(stop, tender, "DO"))
                        .or(() -> reference(stop, tender, "SO")).orElse(null))
                .build();
    }

    /** L11*reference*qualifier: the stop's own, else the tender's. */
    private static Optional<String> reference(List<EdiSegment> stop, EdiTransaction tender, String qualifier) {
        return stop.stream().filter(s -> s.is("L11") && s.element(2).equals(qualifier)).map(s -> s.element(1))
                .filter(r -> !r.isEmpty()).findFirst()
                .or(() -> tender.segments().stream().filter(s -> s.is("L11") && s.element(2).equals(qualifier))
                        .map(s -> s.element(1)).filter(r -> !r.isEmpty()).findFirst());
    }

    private static List<Parcel> parcels(EdiTransaction tender, List<EdiSegment> stop, String where) {
        List<List<EdiSegment>> details = EdiLoops.split(stop, "OID", OID_ENDS);
        if (details.isEmpty()) {
            return List.of(parcel(tender, stop, where));
        }
        List<Parcel> parcels = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            // OID*reference*PO number*reference*unit*quantity*weight unit*weight
            EdiSegment oid = details.get(i).get(0);
            String at = where + "/OID[" + (i + 1) + "]";
            String id = !oid.element(1).isEmpty() ? oid.element(1) : "OID-" + (i + 1);
            parcels.add(Parcel.builder().id(id).quantity(EdiValues.quantity(oid.element(5), at + "-05"))
                    .weightKg(EdiValues.kilograms(oid.element(7), oid.element(6), at + "-07")).build());
        }
        return parcels;
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
