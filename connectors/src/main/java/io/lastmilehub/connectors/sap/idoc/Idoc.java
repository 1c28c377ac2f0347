package io.lastmilehub.connectors.sap.idoc;

import java.util.List;
import java.util.Objects;

/**
 * One IDoc as read from IDoc-XML or a flat file: its control record and its top-level data segments.
 *
 * @param control  the EDI_DC40 control record
 * @param segments the top-level data segments in document order, each with its children
 */
public record Idoc(ControlRecord control, List<Segment> segments) {

    public Idoc {
        Objects.requireNonNull(control, "control");
        segments = List.copyOf(segments);
    }

    /** The top-level segments of a type. */
    public List<Segment> segments(String type) {
        return segments.stream().filter(segment -> segment.name().equals(type)).toList();
    }
}
