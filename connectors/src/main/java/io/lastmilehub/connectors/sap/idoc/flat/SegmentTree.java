package io.lastmilehub.connectors.sap.idoc.flat;

import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.connectors.spi.MappingException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the segment hierarchy of a flat IDoc from each record's PSGNUM, the number of its parent segment, which
 * must come before it.
 */
final class SegmentTree {

    /** Deepest nesting of segments. */
    static final int MAX_DEPTH = 20;

    private final List<Node> top = new ArrayList<>();
    private final Map<Integer, Node> byNumber = new HashMap<>();
    private int count;

    void add(DataRecord record) {
        int number = record.number() > 0 ? record.number() : ++count;
        count = Math.max(count, number);
        Node parent = record.parent() == 0 ? null : byNumber.get(record.parent());
        Node node = new Node(record, number, parent == null ? 1 : parent.depth + 1);
        if (byNumber.putIfAbsent(number, node) != null) {
            throw new MappingException(record.type() + "-SEGNUM", "line " + record.line() + ": segment number "
                    + number + " is used twice");
        }
        if (record.parent() == 0) {
            top.add(node);
            return;
        }
        if (parent == null) {
            throw new MappingException(record.type(), "line " + record.line() + ": segment out of order: its parent "
                    + "segment (PSGNUM " + record.parent() + ") does not come before it");
        }
        if (node.depth > MAX_DEPTH) {
            throw new MappingException(record.type(), "line " + record.line() + ": nested deeper than " + MAX_DEPTH
                    + " segments");
        }
        parent.children.add(node);
    }

    List<Segment> segments() {
        return top.stream().map(Node::toSegment).toList();
    }

    /** A segment while its children are still being added. */
    private static final class Node {

        private final DataRecord record;
        private final int number;
        private final int depth;
        private final List<Node> children = new ArrayList<>();

        Node(DataRecord record, int number, int depth) {
            this.record = record;
            this.number = number;
            this.depth = depth;
        }

        Segment toSegment() {
            return new Segment(record.type(), number, record.fields(), children.stream().map(Node::toSegment).toList());
        }
    }
}
