package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.connectors.spi.MappingException;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the segments the hub reads must sit in an IDoc type, so that an item is never read as belonging to the
 * wrong delivery: the segment that must come first, and the parents each segment may have (empty for the top
 * level). Segments without a rule (other standard segments, customer Z1 segments) may be anywhere.
 *
 * @param first   the segment that must be the first at the top level when it is there
 * @param parents the allowed parent segment types of each ruled segment type, {@link #TOP} for the top level
 */
record SegmentRules(String first, Map<String, Set<String>> parents) {

    /** The top level, as a parent. */
    static final String TOP = "";

    /** DELVRY05/06/07: the delivery header with everything inside it. */
    static final SegmentRules DELIVERY = new SegmentRules("E1EDL20", Map.of(
            "E1EDL20", Set.of(TOP),
            "E1ADRM1", Set.of("E1EDL20"),
            "E1EDT13", Set.of("E1EDL20"),
            "E1EDL24", Set.of("E1EDL20"),
            "E1EDL37", Set.of("E1EDL20"),
            "E1EDL43", Set.of("E1EDL24")));

    /** SHPMNT05: the shipment header, its deliveries inside it. */
    static final SegmentRules SHIPMENT = new SegmentRules("E1EDT20", Map.of(
            "E1EDT20", Set.of(TOP),
            "E1EDL20", Set.of("E1EDT20"),
            "E1ADRM1", Set.of("E1EDT20", "E1EDL20"),
            "E1EDT13", Set.of("E1EDL20"),
            "E1EDL24", Set.of("E1EDL20"),
            "E1EDL37", Set.of("E1EDL20"),
            "E1EDL43", Set.of("E1EDL24")));

    /** ORDERS01 to ORDERS05: header segments at the top level, the header E1EDK01 first. */
    static final SegmentRules ORDER = new SegmentRules("E1EDK01", Map.of(
            "E1EDK01", Set.of(TOP),
            "E1EDKA1", Set.of(TOP),
            "E1EDK02", Set.of(TOP),
            "E1EDK03", Set.of(TOP),
            "E1EDP01", Set.of(TOP),
            "E1EDP19", Set.of("E1EDP01")));

    /**
     * Checks the segments of an IDoc.
     *
     * @throws MappingException naming the first segment that is out of order
     */
    void check(List<Segment> segments) {
        if (!segments.isEmpty() && !segments.get(0).name().equals(first)
                && segments.stream().anyMatch(segment -> segment.name().equals(first))) {
            String head = segments.get(0).name();
            throw new MappingException(head, "segment out of order: " + first + " must be the first segment, found "
                    + head + " before it");
        }
        check(segments, TOP);
    }

    private void check(List<Segment> segments, String parent) {
        for (Segment segment : segments) {
            Set<String> allowed = parents.get(segment.name());
            if (allowed != null && !allowed.contains(parent)) {
                throw new MappingException(SegmentPaths.label(segment), "segment out of order: belongs "
                        + where(allowed) + ", found " + (parent.equals(TOP) ? "at the top level" : "inside " + parent));
            }
            check(segment.children(), segment.name());
        }
    }

    private static String where(Set<String> allowed) {
        if (allowed.contains(TOP)) {
            return "at the top level";
        }
        return "inside " + String.join(" or ", allowed.stream().sorted().toList());
    }
}
