package io.lastmilehub.connectors.support.edi;

import java.util.List;

/**
 * One segment as StAEDI read it: its tag, its position in the interchange (1-based), and its elements, each a list
 * of components (a simple element has one). Positions are 1-based as in the standards: {@code element(1)} is
 * {@code N1-01} or {@code NAD} data element 3035.
 *
 * @param tag      segment tag, e.g. {@code N1} or {@code NAD}
 * @param position position of the segment in its transaction set or message (1 = ST/UNH), 0 outside one
 * @param elements the elements, each as its components; an absent element is an empty list
 */
public record EdiSegment(String tag, int position, List<List<String>> elements) {

    public EdiSegment {
        elements = elements.stream().map(List::copyOf).toList();
    }

    /** The first component of element {@code n} (1-based), or the empty string. */
    public String element(int n) {
        return component(n, 1);
    }

    /** Component {@code c} of element {@code n} (both 1-based), or the empty string. */
    public String component(int n, int c) {
        if (n < 1 || n > elements.size() || c < 1 || c > elements.get(n - 1).size()) {
            return "";
        }
        String value = elements.get(n - 1).get(c - 1);
        return value == null ? "" : value.strip();
    }

    /** Whether this segment has the tag and its first element is one of the qualifiers. */
    public boolean is(String segmentTag, String... qualifiers) {
        if (!tag.equals(segmentTag)) {
            return false;
        }
        return qualifiers.length == 0 || List.of(qualifiers).contains(element(1));
    }
}
