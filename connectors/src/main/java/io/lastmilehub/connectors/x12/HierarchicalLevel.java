package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.edi.EdiSegment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One HL level of an 856 with the segments under it up to the next HL: {@code HL*id*parent id*level code}, level S
 * shipment, O order, T tare (pallet), P pack, I item.
 *
 * @param id       HL-01
 * @param parent   HL-02, empty for the top
 * @param level    HL-03
 * @param segments the segments of this level, HL first
 */
record HierarchicalLevel(String id, String parent, String level, List<EdiSegment> segments) {

    /** The levels of a transaction set, in order. */
    static List<HierarchicalLevel> of(List<EdiSegment> transaction) {
        List<HierarchicalLevel> levels = new ArrayList<>();
        List<EdiSegment> current = null;
        for (EdiSegment segment : transaction) {
            if (segment.is("HL")) {
                current = new ArrayList<>();
                levels.add(new HierarchicalLevel(segment.element(1), segment.element(2), segment.element(3),
                        current));
            } else if (segment.is("CTT") || segment.is("SE")) {
                current = null;
            }
            if (current != null) {
                current.add(segment);
            }
        }
        return levels;
    }

    /** The first segment with that tag and qualifier at this level. */
    Optional<EdiSegment> first(String tag, String... qualifiers) {
        return segments.stream().filter(s -> s.is(tag, qualifiers)).findFirst();
    }

    /** Whether {@code other} is this level or below it. */
    boolean contains(HierarchicalLevel other, List<HierarchicalLevel> all) {
        HierarchicalLevel at = other;
        for (int steps = 0; at != null && steps <= all.size(); steps++) { // bounded: a sender may loop HL parents
            if (at.id.equals(id)) {
                return true;
            }
            String parentId = at.parent;
            at = all.stream().filter(l -> l.id.equals(parentId)).findFirst().orElse(null);
        }
        return false;
    }
}
