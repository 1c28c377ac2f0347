package io.lastmilehub.connectors.sap.status;

/**
 * A field as the IDoc mapper names it in an error, taken apart for the parameters of a status record:
 * {@code E1EDT13[QUALF=007]-NTANZ} is segment E1EDT13, qualifier QUALF=007, field NTANZ. Other names (an XML element
 * path, {@code payload}, {@code DOCTYPE}) are all segment.
 *
 * @param segment   the segment or control record, e.g. E1EDT13 or EDI_DC40
 * @param qualifier the qualifier that picks the segment, e.g. QUALF=007, or null
 * @param field     the field, e.g. NTANZ, or null when the whole segment is meant
 */
record FieldPath(String segment, String qualifier, String field) {

    static FieldPath parse(String path) {
        if (path == null || path.isEmpty()) {
            return new FieldPath("", null, null);
        }
        if (path.indexOf('/') >= 0) {
            return new FieldPath(path, null, null);
        }
        int open = path.indexOf('[');
        int close = open < 0 ? -1 : path.indexOf(']', open);
        int dash = path.indexOf('-', Math.max(close, 0));
        int end = open >= 0 ? open : dash >= 0 ? dash : path.length();
        return new FieldPath(path.substring(0, end), close > open ? path.substring(open + 1, close) : null,
                dash >= 0 ? path.substring(dash + 1) : null);
    }
}
