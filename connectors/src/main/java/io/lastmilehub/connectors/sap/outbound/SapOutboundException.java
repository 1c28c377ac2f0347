package io.lastmilehub.connectors.sap.outbound;

/**
 * Canonical input that cannot become an IDoc for SAP, naming the field of the canonical document that is wrong,
 * e.g. {@code references.erpDelivery}, and why.
 */
public class SapOutboundException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public SapOutboundException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The canonical field, as a path such as {@code references.erpDelivery} or {@code deviations[0].parcelId}. */
    public String getField() {
        return field;
    }

    /** What is wrong with it. */
    public String getReason() {
        return reason;
    }
}
