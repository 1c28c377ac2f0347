package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.support.edi.EdiTransaction;
import io.lastmilehub.model.ExternalReferences;

/** The references of a message: {@code RFF+ON:order number} (buyer's order, customer PO), {@code RFF+CU:...}. */
final class EdifactReferences {

    private EdifactReferences() {
    }

    /** A builder with customer PO (RFF+ON) and consignor's reference (RFF+CU, as {@code erpSalesOrder}) set. */
    static ExternalReferences.ExternalReferencesBuilder of(EdiTransaction message) {
        return ExternalReferences.builder().customerPo(rff(message, "ON")).erpSalesOrder(rff(message, "CU"));
    }

    /** The first RFF with that qualifier (C506 1153), or null. */
    static String rff(EdiTransaction message, String qualifier) {
        return message.segments().stream().filter(s -> s.is("RFF") && s.component(1, 1).equals(qualifier))
                .map(s -> s.component(1, 2)).filter(v -> !v.isEmpty()).findFirst().orElse(null);
    }
}
