package io.lastmilehub.connectors.sap.outbound;

import io.lastmilehub.connectors.sap.idoc.Segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles one data segment: fields in the order given (SAP's segment order), blank ones left out, children. */
final class SegmentBuilder {

    private final String name;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<Segment> children = new ArrayList<>();

    private SegmentBuilder(String name) {
        this.name = name;
    }

    /** A segment of a type, e.g. E1EDL20. */
    static SegmentBuilder segment(String name) {
        return new SegmentBuilder(name);
    }

    /** A field; null or blank values are left out, as SAP leaves out initial fields. */
    SegmentBuilder field(String field, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(field, value);
        }
        return this;
    }

    /** A child segment. */
    SegmentBuilder child(Segment child) {
        children.add(child);
        return this;
    }

    Segment build() {
        return new Segment(name, 0, fields, children);
    }
}
