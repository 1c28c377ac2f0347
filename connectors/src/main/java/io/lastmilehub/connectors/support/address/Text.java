package io.lastmilehub.connectors.support.address;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Whitespace folding and placeholder recognition for address fields. */
final class Text {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern NO_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ONLY_X_OR_ZEROS = Pattern.compile("x+|0+");
    private static final Set<String> PLACEHOLDERS = DataFile.lines("placeholders.txt").stream()
            .map(Text::placeholderKey)
            .collect(Collectors.toUnmodifiableSet());

    private Text() {
    }

    /** Trims and folds every run of whitespace (including no-break spaces) into one space; null stays null. */
    static String fold(String value) {
        return value == null ? null : WHITESPACE.matcher(value).replaceAll(" ").trim();
    }

    /** A folded value that stands for "no data": "n/a", "-", "xxx", "unknown", "0" and the like. */
    static boolean isPlaceholder(String folded) {
        String lower = folded.toLowerCase(Locale.ROOT);
        return PLACEHOLDERS.contains(placeholderKey(lower))
                || NO_LETTER_OR_DIGIT.matcher(lower).matches()
                || ONLY_X_OR_ZEROS.matcher(lower).matches();
    }

    /** Lower case without any whitespace, so that "n / a" is "n/a". */
    private static String placeholderKey(String value) {
        return WHITESPACE.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The folded value, or null when it is blank or a placeholder. */
    static String optional(String value) {
        String folded = fold(value);
        return folded == null || folded.isEmpty() || isPlaceholder(folded) ? null : folded;
    }
}
