package io.lastmilehub.connectors.support.address;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One country's postal-code format: the pattern a code must match, and examples written the country's way.
 *
 * @param country     ISO 3166-1 alpha-2
 * @param pattern     the pattern a whole, upper-case code matches
 * @param examples    codes as the country writes them; an input of the same length, separators aside, takes the
 *                    separators of the example
 * @param description how the code is built, e.g. "5 digits"; may be empty
 */
record PostalCodeFormat(String country, Pattern pattern, List<String> examples, String description) {

    private static final String SEPARATORS = " -";

    PostalCodeFormat {
        examples = List.copyOf(examples);
    }

    /** The code written like the first example of its length that gives a valid code, or as given when valid. */
    Optional<String> write(String code) {
        String compact = compact(code);
        return examples.stream()
                .filter(example -> compact(example).length() == compact.length())
                .map(example -> layOut(compact, example))
                .filter(candidate -> pattern.matcher(candidate).matches())
                .findFirst()
                .or(() -> pattern.matcher(code).matches() ? Optional.of(code) : Optional.empty());
    }

    /** What a sender is told: "expected 5 digits, e.g. 26133". */
    String expectation() {
        String example = examples.get(0);
        return description.isEmpty()
                ? "expected a code like " + example
                : "expected " + description + ", e.g. " + example;
    }

    private static String compact(String code) {
        StringBuilder compact = new StringBuilder(code.length());
        code.chars().filter(c -> SEPARATORS.indexOf(c) < 0).forEach(c -> compact.append((char) c));
        return compact.toString();
    }

    /** The characters of compact, with the separators of the example at the same places counted from the end. */
    private static String layOut(String compact, String example) {
        StringBuilder written = new StringBuilder(example.length());
        int next = compact.length() - 1;
        for (int i = example.length() - 1; i >= 0; i--) {
            char c = example.charAt(i);
            written.append(SEPARATORS.indexOf(c) >= 0 ? c : compact.charAt(next--));
        }
        return written.reverse().toString();
    }
}
