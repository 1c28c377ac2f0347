package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.EdiValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Weights and package ids in a goods item (GID) or package (CPS) group. */
final class EdifactGoods {

    private static final Set<String> WEIGHT_UNITS = Set.of("KGM", "LBR", "TNE", "GRM");

    private EdifactGoods() {
    }

    /**
     * The first gross weight, in kilograms: {@code MEA+purpose+measured attribute+unit:value}, any MEA whose unit
     * (C174 6411) is a weight unit, preferring AAB (gross weight) when there are several.
     */
    static double weightKg(List<EdiSegment> group, String field) {
        EdiSegment best = null;
        for (EdiSegment mea : group) {
            if (mea.is("MEA") && WEIGHT_UNITS.contains(mea.component(3, 1))
                    && (best == null || mea.component(2, 1).equals("AAB") && !best.component(2, 1).equals("AAB"))) {
                best = mea;
            }
        }
        return best == null ? 0 : EdiValues.kilograms(best.component(3, 2), best.component(3, 1), field + "/MEA");
    }

    /**
     * The SSCCs of {@code GIN+BJ+id:id+id:id...}: each element is one id or a range given by its first and last id;
     * both ends of a range are returned.
     */
    static List<String> ssccs(List<EdiSegment> group) {
        List<String> ids = new ArrayList<>();
        for (EdiSegment gin : group) {
            if (!gin.is("GIN", "BJ")) {
                continue;
            }
            for (int element = 2; element <= gin.elements().size(); element++) {
                for (int component = 1; component <= 2; component++) {
                    String id = EdiValues.sscc(gin.component(element, component));
                    if (!id.isEmpty() && !ids.contains(id)) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }
}
