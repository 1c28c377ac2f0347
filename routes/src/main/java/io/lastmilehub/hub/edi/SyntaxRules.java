package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.hub.edi.TradingPartner.Separators;
import io.lastmilehub.hub.edi.TradingPartner.Standard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks how a partner wants what we send written ({@code separators}, {@code segment-suffix}, {@code charset}):
 * every problem as {@code field: reason}, for {@link PartnerRules}.
 */
final class SyntaxRules {

    /** The X12 character sets we write; EDIFACT's is set by the syntax level. */
    private static final Set<String> X12_CHARSETS = Set.of("US-ASCII", "ISO-8859-1", "UTF-8");
    private static final Set<String> SUFFIXES = Set.of("", "\n", "\r\n");
    /** The syntax levels of ISO 9735 version 3, which the hub writes, and their character sets. */
    static final Map<String, String> EDIFACT_CHARSETS = Map.of("UNOA", "US-ASCII", "UNOB", "US-ASCII",
            "UNOC", "ISO-8859-1", "UNOD", "ISO-8859-2", "UNOE", "ISO-8859-5", "UNOF", "ISO-8859-7");

    private final List<String> problems = new ArrayList<>();

    private SyntaxRules() {
    }

    /** The problems of the partner's syntax, empty when it is fine; its standard is known. */
    static List<String> check(TradingPartner partner) {
        SyntaxRules rules = new SyntaxRules();
        boolean x12 = partner.standard() == Standard.X12;
        rules.separators(partner.separators(), x12);
        if (partner.segmentSuffix() != null && !SUFFIXES.contains(partner.segmentSuffix())) {
            rules.problems.add("segment-suffix: a line break (\"\\n\" or \"\\r\\n\") or nothing");
        }
        if (x12) {
            rules.x12Charset(partner.charset());
        } else {
            rules.edifactCharset(partner.charset(), partner.syntax());
        }
        return rules.problems;
    }

    private void separators(Separators given, boolean x12) {
        if (given.repetition() != null) {
            problems.add("separators.repetition: " + (x12
                    ? "the hub writes ISA version 00401, whose ISA11 is U; the repetition separator comes with 00402"
                    : "the hub writes syntax version 3, which has none (UNA5 is a space); it comes with version 4"));
        }
        if (x12 && given.release() != null) {
            problems.add("separators.release: X12 has no release character; separators in values become spaces");
        }
        EdiSyntax defaults = x12 ? EdiSyntax.X12 : EdiSyntax.EDIFACT;
        Map<String, String> effective = new LinkedHashMap<>();
        effective.put("segment", or(given.segment(), defaults.segment()));
        effective.put("element", or(given.element(), defaults.element()));
        effective.put("component", or(given.component(), defaults.component()));
        if (!x12) {
            effective.put("release", or(given.release(), defaults.release()));
        }
        effective.forEach((name, value) -> {
            String reason = reason(value);
            if (reason != null) {
                problems.add("separators." + name + ": '" + value + "': " + reason);
            }
        });
        List<String> values = List.copyOf(effective.values());
        if (values.stream().distinct().count() < values.size()) {
            problems.add("separators: " + effective + ": each must differ from the others");
        }
    }

    /** Why a separator cannot be, or null when it can. */
    private static String reason(String value) {
        if (value.length() != 1) {
            return "one character";
        }
        char c = value.charAt(0);
        if (c <= ' ' || c > '~' || Character.isLetterOrDigit(c)) {
            return "a visible ASCII character, neither letter, digit nor space (line breaks go in segment-suffix)";
        }
        if (c == '.' || c == '-') {
            return "'.' and '-' are in the numbers and identifiers we send";
        }
        return null;
    }

    private void x12Charset(String charset) {
        if (charset != null && !X12_CHARSETS.contains(charset)) {
            problems.add("charset: '" + charset + "': US-ASCII, ISO-8859-1 or UTF-8");
        }
    }

    private void edifactCharset(String charset, String syntax) {
        String implied = EDIFACT_CHARSETS.get(syntax);
        if (charset != null && implied != null && !implied.equals(charset)) {
            problems.add("charset: '" + charset + "': an EDIFACT interchange's character set is its syntax level's, "
                    + syntax + " is " + implied + (charset.equals("UTF-8") ? "; UTF-8 is UNOY, which needs syntax"
                    + " version 4, and the hub writes version 3" : "") + "; leave charset out");
        }
    }

    private static String or(String given, char standard) {
        return given == null ? String.valueOf(standard) : given;
    }
}
