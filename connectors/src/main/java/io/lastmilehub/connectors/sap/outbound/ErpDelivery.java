package io.lastmilehub.connectors.sap.outbound;

import io.lastmilehub.model.ExternalReferences;

/**
 * The SAP delivery a canonical document is about: its ERP delivery number (references.erpDelivery), which the
 * IDoc mapper keeps from E1EDL20-VBELN. Only deliveries that came from SAP can be reported to SAP.
 */
final class ErpDelivery {

    /** The canonical field that carries the SAP delivery number. */
    static final String FIELD = "references.erpDelivery";

    /** VBELN is ten characters. */
    private static final int VBELN = 10;

    private ErpDelivery() {
    }

    /**
     * The delivery number in SAP's internal form, e.g. {@code 0080004711}.
     *
     * @param owner what the references belong to, for the message, e.g. {@code order ord-7f3a}
     * @throws SapOutboundException naming references.erpDelivery when it is missing or no SAP delivery number
     */
    static String number(ExternalReferences references, String owner) {
        String number = references == null ? null : references.getErpDelivery();
        if (number == null || number.isBlank()) {
            throw new SapOutboundException(FIELD, "missing: " + owner + " has no ERP delivery number (SAP VBELN); "
                    + "only deliveries that came from SAP can be reported to SAP");
        }
        return SapValues.alpha(number, VBELN, FIELD);
    }
}
