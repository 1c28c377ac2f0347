package io.lastmilehub.connectors.sap.idoc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One IDoc data segment, read generically: its type name (e.g. {@code E1EDL20}, never the versioned definition name
 * {@code E2EDL20004} a flat file may carry), its fields by name and its child segments, in the order they were sent.
 *
 * @param name     segment type, e.g. {@code E1ADRM1}
 * @param number   position in the IDoc, counted from 1 in document order (SEGNUM of a flat record)
 * @param fields   field values by name, trimmed; blank fields are left out
 * @param children child segments in document order
 */
public record Segment(String name, int number, Map<String, String> fields, List<Segment> children) {

    public Segment {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        children = List.copyOf(children);
    }

    /** A segment without children. */
    public static Segment of(String name, Map<String, String> fields) {
        return new Segment(name, 0, fields, List.of());
    }

    /** A field's value, or null when the segment leaves it out or blank. */
    public String field(String field) {
        return fields.get(field);
    }

    /** The child segments of a type. */
    public List<Segment> children(String type) {
        return children.stream().filter(child -> child.name.equals(type)).toList();
    }

    /** The first child segment of a type whose field has the value, e.g. {@code E1ADRM1} with PARTNER_Q = WE. */
    public Optional<Segment> child(String type, String field, String value) {
        return children(type).stream().filter(child -> value.equals(child.field(field))).findFirst();
    }
}
