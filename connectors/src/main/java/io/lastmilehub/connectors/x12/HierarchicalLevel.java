package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.EdiSegment;

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

    /**
     * The levels of a transaction set, in order. HL-02 is optional: a level that leaves it out hangs below the
     * nearest level before it whose code first appeared higher up (the order of first appearance is the sender's
     * hierarchy, e.g. S O P I or S T P O I).
     */
    static List<HierarchicalLevel> of(List<EdiSegment> transaction) {
        List<HierarchicalLevel> levels = new ArrayList<>();
        List<String> codes = new ArrayList<>(); // level codes in the order they first appear
        List<EdiSegment> current = null;
        for (EdiSegment segment : transaction) {
            if (segment.is("HL")) {
                current = new ArrayList<>();
                String code = segment.element(3);
                if (!codes.contains(code)) {
                    codes.add(code);
                }
                String parent = segment.element(2).isEmpty() ? inferredParent(levels, codes, code) : segment.element(2);
                levels.add(new HierarchicalLevel(segment.element(1), parent, code, current));
            } else if (segment.is("CTT") || segment.is("SE")) {
                current = null;
            }
            if (current != null) {
                current.add(segment);
            }
        }
        return levels;
    }

    private static String inferredParent(List<HierarchicalLevel> before, List<String> codes, String code) {
        for (int i = before.size() - 1; i >= 0; i--) {
            if (codes.indexOf(before.get(i).level) < codes.indexOf(code)) {
                return before.get(i).id;
            }
        }
        return "";
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
