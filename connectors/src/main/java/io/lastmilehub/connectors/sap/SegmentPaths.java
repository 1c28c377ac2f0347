package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.connectors.spi.MappingException;

import java.util.Map;

/**
 * Names fields the way an SAP team finds them: the segment, its qualifier when it has one, then the field, e.g.
 * {@code E1EDT13[QUALF=007]-NTANZ}, {@code E1ADRM1[PARTNER_Q=WE]}, {@code E1EDL20[VBELN=0080001234]-GEWEI}.
 */
final class SegmentPaths {

    /** The field that tells repeated segments of a type apart. */
    private static final Map<String, String> QUALIFIERS = Map.ofEntries(
            Map.entry("E1EDL20", "VBELN"),
            Map.entry("E1ADRM1", "PARTNER_Q"),
            Map.entry("E1EDT13", "QUALF"),
            Map.entry("E1EDL24", "POSNR"),
            Map.entry("E1EDL43", "QUALF"),
            Map.entry("E1EDL37", "EXIDV"),
            Map.entry("E1EDT20", "TKNUM"),
            Map.entry("E1EDKA1", "PARVW"),
            Map.entry("E1EDK02", "QUALF"),
            Map.entry("E1EDK03", "IDDAT"),
            Map.entry("E1EDP01", "POSEX"),
            Map.entry("E1EDP19", "QUALF"));

    private SegmentPaths() {
    }

    /** The segment with its qualifier, e.g. {@code E1ADRM1[PARTNER_Q=WE]}. */
    static String label(Segment segment) {
        String qualifier = QUALIFIERS.get(segment.name());
        String value = qualifier == null ? null : segment.field(qualifier);
        return value == null ? segment.name() : qualified(segment.name(), qualifier, value);
    }

    /** A segment type with a qualifier value, e.g. {@code E1EDKA1[PARVW=WE]}. */
    static String qualified(String type, String qualifier, String value) {
        return type + "[" + qualifier + "=" + value + "]";
    }

    /** A field of a segment, e.g. {@code E1EDL24[POSNR=000010]-BRGEW}. */
    static String path(Segment segment, String field) {
        return label(segment) + "-" + field;
    }

    /**
     * A field that must be there.
     *
     * @throws MappingException naming the field when it is missing or blank
     */
    static String required(Segment segment, String field) {
        String value = segment.field(field);
        if (value == null) {
            throw new MappingException(path(segment, field), "missing");
        }
        return value;
    }
}
