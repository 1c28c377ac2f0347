package io.lastmilehub.connectors.spi;

/**
 * An inbound message cannot be mapped. The field is a path in the source format's own terms (a JSON pointer-like
 * path, an XML element, an EDI segment and element), so that the sender can find it.
 */
public class MappingException extends RuntimeException {

    private final String field;
    private final String reason;

    public MappingException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public MappingException(String field, String reason, Throwable cause) {
        super(field + ": " + reason, cause);
        this.field = field;
        this.reason = reason;
    }

    public String getField() {
        return field;
    }

    public String getReason() {
        return reason;
    }
}
