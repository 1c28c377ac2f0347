package io.lastmilehub.connectors.support.edi;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How an interchange we send is written: its separators, what follows each segment terminator, and the character
 * set of its bytes. One per trading partner; {@link #X12} and {@link #EDIFACT} are what the hub writes when a
 * partner says nothing. There is no repetition separator: the hub writes X12 00401 (ISA11 is {@code U}) and EDIFACT
 * syntax version 3, neither of which has one.
 *
 * @param segment       segment terminator
 * @param element       data element separator
 * @param component     component (sub-element) separator, X12 ISA16
 * @param release       EDIFACT release character, {@code null} for X12, which has none
 * @param segmentSuffix written after each segment terminator: empty, or a line break
 * @param charset       the character set of the bytes
 */
public record EdiSyntax(char segment, char element, char component, Character release, String segmentSuffix,
        Charset charset) {

    /** X12 {@code ~*:} in UTF-8, what the hub has always written. */
    public static final EdiSyntax X12 = new EdiSyntax('~', '*', ':', null, "", StandardCharsets.UTF_8);
    /**
     * EDIFACT {@code '+:?}, the separators of syntax version 3 when there is no UNA segment; the envelope writes in
     * the character set of the interchange's syntax level ({@link #edifactCharset}).
     */
    public static final EdiSyntax EDIFACT = new EdiSyntax('\'', '+', ':', '?', "", StandardCharsets.UTF_8);

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public EdiSyntax {
        segmentSuffix = segmentSuffix == null ? "" : segmentSuffix;
    }

    /**
     * The character set of an EDIFACT syntax level (ISO 9735 version 3): UNOA and UNOB are 7-bit, UNOC is ISO-8859-1
     * (Latin-1), UNOD ISO-8859-2 (Central European), UNOE ISO-8859-5 (Cyrillic), UNOF ISO-8859-7 (Greek).
     */
    public static Charset edifactCharset(String syntaxId) {
        return switch (syntaxId == null ? "" : syntaxId) {
            case "UNOC" -> StandardCharsets.ISO_8859_1;
            case "UNOD" -> Charset.forName("ISO-8859-2");
            case "UNOE" -> Charset.forName("ISO-8859-5");
            case "UNOF" -> Charset.forName("ISO-8859-7");
            default -> StandardCharsets.US_ASCII;
        };
    }

    /** The same syntax in another character set. */
    public EdiSyntax withCharset(Charset other) {
        return new EdiSyntax(segment, element, component, release, segmentSuffix, other);
    }

    /**
     * A value made fit to be written: characters the character set lacks lose their accents ({@code é} becomes
     * {@code e}) or become {@code ?}; and, without a release character (X12), separators become a space, taking the
     * blanks around them along ({@code "A * B"} becomes {@code "A B"}, {@code "A*"} becomes {@code "A"}). With a
     * release character StAEDI escapes separators itself.
     */
    String fit(String value) {
        String text = encodable(value);
        if (release != null || text.isEmpty()) {
            return text;
        }
        String separators = Pattern.quote(String.valueOf(segment)) + "|" + Pattern.quote(String.valueOf(element))
                + "|" + Pattern.quote(String.valueOf(component));
        String replaced = text.replaceAll(" *(?:" + separators + ")+ *", " ");
        return replaced.equals(text) ? text : replaced.strip();
    }

    private String encodable(String value) {
        CharsetEncoder encoder = charset.newEncoder();
        if (encoder.canEncode(value)) {
            return value;
        }
        String plain = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder fitted = new StringBuilder(plain.length());
        plain.codePoints().forEach(c -> fitted.append(encoder.canEncode(Character.toString(c))
                ? Character.toString(c) : "?"));
        return Normalizer.normalize(fitted, Normalizer.Form.NFC);
    }
}
