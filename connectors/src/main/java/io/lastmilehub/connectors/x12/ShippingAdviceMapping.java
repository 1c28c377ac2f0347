package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.connectors.support.edi.EdiLoops;
import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.EdiTransaction;
import io.lastmilehub.connectors.support.edi.EdiValues;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * X12 945 warehouse shipping advice: one {@link ParcelUpdate} matched by W06-02 depositor order number
 * ({@code erpSalesOrder}, the W05-02 of the 940 it answers), W06-04 shipment id ({@code erpDelivery}) and W06-06
 * purchase order. One parcel per LX line, even when two lines ship the same item: its SSCC (MAN GM, or the pallet's
 * license plate N9 LV), else N9 2I tracking number, else W12-08 product id as barcode and id (a repeated id made
 * unique with {@code /LX<line>}), W12 shipped quantity and weight.
 */
final class ShippingAdviceMapping {

    private static final Set<String> LINE_ENDS = Set.of("W03", "SE");

    List<ParcelUpdate> updates(EdiTransaction advice) {
        String field = "ST*945*" + advice.controlNumber();
        EdiSegment w06 = advice.first("W06") // W06*N*depositor order*date*shipment id*agent*purchase order
                .orElseThrow(() -> new MappingException(field + "/W06", "missing"));
        List<Parcel> parcels = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<EdiSegment> line : EdiLoops.split(advice.segments(), "LX", LINE_ENDS)) {
            Parcel parcel = parcel(line, field);
            // two lines may ship the same item: both stay, the later one named with its line number
            parcels.add(ids.add(parcel.getId()) ? parcel
                    : parcel.toBuilder().id(parcel.getId() + "/LX" + line.get(0).element(1)).build());
        }
        if (parcels.isEmpty()) {
            throw new MappingException(field + "/LX", "no line items");
        }
        double grossKg = advice.first("W03") // W03*units*weight*unit (01 or L pounds, K kilograms)
                .map(w03 -> EdiValues.kilograms(w03.element(2), w03.element(3), field + "/W03-02")).orElse(0.0);
        ExternalReferences references = ExternalReferences.builder()
                .erpSalesOrder(EdiValues.blankToNull(w06.element(2))).erpDelivery(EdiValues.blankToNull(w06.element(4)))
                .customerPo(EdiValues.blankToNull(w06.element(6))).build();
        return List.of(new ParcelUpdate(references, parcels, grossKg));
    }

    private static Parcel parcel(List<EdiSegment> line, String field) {
        String where = field + "/LX[" + line.get(0).element(1) + "]";
        EdiSegment w12 = line.stream().filter(s -> s.is("W12")).findFirst() // W12*status*ordered*shipped*...
                .orElseThrow(() -> new MappingException(where + "/W12", "missing"));
        Optional<String> sscc = line.stream().filter(s -> s.is("MAN")).map(m -> EdiValues.sscc(m.element(2)))
                .findFirst() // MAN*GM*SSCC
                .or(() -> line.stream().filter(s -> s.is("N9", "LV")).map(n9 -> EdiValues.sscc(n9.element(2)))
                        .findFirst()); // N9*LV*pallet SSCC
        Optional<EdiSegment> tracking = line.stream().filter(s -> s.is("N9", "2I")).findFirst(); // N9*2I*no*text
        String id = sscc.or(() -> tracking.map(n9 -> n9.element(2))).orElse(w12.element(8)); // W12-08 product id
        if (id.isEmpty()) {
            throw new MappingException(where + "/MAN", "no SSCC, tracking number or product id");
        }
        double kg = EdiValues.kilograms(w12.element(10), w12.element(12), where + "/W12-10"); // W12-10 wt, -12 unit
        return Parcel.builder().id(id).barcode(id).quantity(EdiValues.quantity(w12.element(3), where + "/W12-03"))
                .description(tracking.map(n9 -> EdiValues.blankToNull(n9.element(3))).orElse(null)).weightKg(kg)
                .build();
    }
}
