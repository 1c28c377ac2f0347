package io.lastmilehub.model;

/**
 * One broken constraint: the path of the field inside the document (e.g. {@code shipTo.address.countryCode}) and why.
 */
public record ModelViolation(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
