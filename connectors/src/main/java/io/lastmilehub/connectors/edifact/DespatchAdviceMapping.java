package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.connectors.support.edi.EdiLoops;
import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.EdiTransaction;
import io.lastmilehub.connectors.support.edi.EdiValues;
import io.lastmilehub.model.Parcel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * EDIFACT DESADV despatch advice: one {@link ParcelUpdate} matched by RFF+ON (the buyer's order, customer PO) and
 * the BGM despatch advice number ({@code erpDelivery}). Its parcels are the SSCCs of GIN+BJ in the packaging groups
 * (CPS+id+parent), each with its group's MEA weight; a sender that gives no SSCC gets one parcel per innermost CPS
 * group, PAC number of packages as quantity.
 */
final class DespatchAdviceMapping {

    private static final Set<String> CPS_ENDS = Set.of("CNT", "UNT");

    List<ParcelUpdate> updates(EdiTransaction advice) {
        String field = "UNH+" + advice.controlNumber() + "+DESADV";
        EdiSegment bgm = advice.first("BGM") // BGM+document name code+despatch advice number
                .orElseThrow(() -> new MappingException(field + "/BGM", "missing"));
        List<List<EdiSegment>> packages = EdiLoops.split(advice.segments(), "CPS", CPS_ENDS);
        List<Parcel> parcels = new ArrayList<>();
        packages.forEach(group -> ssccParcels(group, field).stream() // an SSCC named in two groups counts once
                .filter(p -> parcels.stream().noneMatch(known -> known.getId().equals(p.getId())))
                .forEach(parcels::add));
        if (parcels.isEmpty()) {
            packages.stream().filter(group -> isInnermost(group.get(0), packages))
                    .forEach(group -> parcels.add(packageParcel(group, field)));
        }
        if (parcels.isEmpty()) {
            throw new MappingException(field + "/CPS", "no packages (CPS with GIN+BJ or PAC)");
        }
        var references = EdifactReferences.of(advice).erpSalesOrder(null)
                .erpDelivery(EdiValues.blankToNull(bgm.element(2))).build();
        if (references.getCustomerPo() == null && references.getErpDelivery() == null) {
            throw new MappingException(field + "/RFF+ON", "no order reference to attach the parcels to");
        }
        double grossKg = parcels.stream().mapToDouble(Parcel::getWeightKg).sum();
        return List.of(new ParcelUpdate(references, parcels, grossKg));
    }

    private static List<Parcel> ssccParcels(List<EdiSegment> group, String field) {
        String where = field + "/CPS+" + group.get(0).element(1);
        List<String> ssccs = EdifactGoods.ssccs(group);
        double kg = ssccs.isEmpty() ? 0 : EdifactGoods.weightKg(group, where) / ssccs.size();
        return ssccs.stream().map(sscc -> Parcel.builder().id(sscc).barcode(sscc).quantity(1).weightKg(kg).build())
                .toList();
    }

    /** CPS+hierarchical id+parent id: innermost when no other group names it as parent. */
    private static boolean isInnermost(EdiSegment cps, List<List<EdiSegment>> packages) {
        String id = cps.element(1);
        return packages.stream().map(group -> group.get(0))
                .noneMatch(other -> other != cps && other.element(2).equals(id));
    }

    /** PAC+number of packages++package type. */
    private static Parcel packageParcel(List<EdiSegment> group, String field) {
        String where = field + "/CPS+" + group.get(0).element(1);
        String count = group.stream().filter(s -> s.is("PAC")).map(s -> s.element(1)).findFirst().orElse("");
        return Parcel.builder().id(group.get(0).element(1)).quantity(EdiValues.quantity(count, where + "/PAC"))
                .weightKg(EdifactGoods.weightKg(group, where)).build();
    }
}
