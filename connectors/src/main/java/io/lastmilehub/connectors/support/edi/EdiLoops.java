package io.lastmilehub.connectors.support.edi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits flat segments into loops (X12) or segment groups (EDIFACT) without a schema: a loop starts at its trigger
 * segment and runs until the next trigger or a segment that ends the loops (a summary segment, SE, UNT).
 */
public final class EdiLoops {

    private EdiLoops() {
    }

    /** The loops that start with {@code trigger}; each list begins with its trigger segment. */
    public static List<List<EdiSegment>> split(List<EdiSegment> segments, String trigger, Set<String> ends) {
        List<List<EdiSegment>> loops = new ArrayList<>();
        List<EdiSegment> current = null;
        for (EdiSegment segment : segments) {
            if (segment.tag().equals(trigger)) {
                current = new ArrayList<>();
                loops.add(current);
            } else if (ends.contains(segment.tag())) {
                current = null;
            }
            if (current != null) {
                current.add(segment);
            }
        }
        return loops;
    }

    /**
     * The segments right after the segment at {@code index} that belong to it (e.g. N2/N3/N4 after N1, or
     * CTA/COM after NAD), the segment itself first.
     */
    public static List<EdiSegment> following(List<EdiSegment> segments, int index, Set<String> members) {
        List<EdiSegment> group = new ArrayList<>();
        group.add(segments.get(index));
        for (int i = index + 1; i < segments.size() && members.contains(segments.get(i).tag()); i++) {
            group.add(segments.get(i));
        }
        return group;
    }
}
