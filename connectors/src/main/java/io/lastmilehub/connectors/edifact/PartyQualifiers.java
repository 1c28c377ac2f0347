package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.support.edi.EdiSyntax;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts the parties' own code qualifiers (UNB S002/S003 0007, and the UCI copies of them) into an interchange that
 * StAEDI wrote with a placeholder there: its writer checks each qualifier against the syntax code list, and a partner
 * whose UNB uses one outside it ({@code ZZ}, {@code 31B}) must still be answered, addressed as it addressed us.
 */
final class PartyQualifiers {

    /** What is written first: a code every syntax version lists (1 = DUNS). */
    static final String PLACEHOLDER = "1";

    private static final Pattern QUALIFIER = Pattern.compile("[A-Za-z0-9]{1,4}");

    /**
     * A qualifier to put back.
     *
     * @param segment the segment's tag (its first occurrence is meant)
     * @param element which element (1-based) holds the party composite
     * @param value   the qualifier to write there
     */
    record Slot(String segment, int element, String value) {
    }

    private PartyQualifiers() {
    }

    /** The value to write for a qualifier: the placeholder when there is one, nothing when there is none. */
    static String written(String qualifier) {
        return qualifier.isEmpty() ? "" : PLACEHOLDER;
    }

    /** The interchange with the qualifier of each slot in place of the placeholder. */
    static byte[] restore(byte[] interchange, EdiSyntax syntax, List<Slot> slots) {
        String text = new String(interchange, syntax.charset());
        for (Slot slot : slots) {
            if (!slot.value().isEmpty()) {
                text = restore(text, syntax, slot);
            }
        }
        return text.getBytes(syntax.charset());
    }

    private static String restore(String text, EdiSyntax syntax, Slot slot) {
        if (!QUALIFIER.matcher(slot.value()).matches()) {
            throw new IllegalStateException("we would send invalid EDI in " + slot.segment() + ": qualifier '"
                    + slot.value() + "' is not 1 to 4 letters or digits");
        }
        int at = segmentStart(text, syntax, slot.segment());
        int element = 0;
        int lastComponent = -1;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (syntax.release() != null && c == syntax.release()) {
                i++;
            } else if (c == syntax.element() || c == syntax.segment()) {
                if (element == slot.element() && lastComponent >= 0) {
                    return text.substring(0, lastComponent + 1) + slot.value() + text.substring(i);
                }
                if (c == syntax.segment()) {
                    break;
                }
                element++;
                lastComponent = -1;
            } else if (c == syntax.component() && element == slot.element()) {
                lastComponent = i;
            }
        }
        throw new IllegalStateException(slot.segment() + " element " + slot.element() + " has no qualifier to set");
    }

    private static int segmentStart(String text, EdiSyntax syntax, String tag) {
        String opening = tag + syntax.element();
        for (int i = text.indexOf(opening); i >= 0; i = text.indexOf(opening, i + 1)) {
            int before = i - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            if (before < 0 || text.charAt(before) == syntax.segment()) {
                return i;
            }
        }
        throw new IllegalStateException("no " + tag + " segment written");
    }
}
