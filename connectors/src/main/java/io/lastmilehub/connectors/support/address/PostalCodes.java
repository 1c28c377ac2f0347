package io.lastmilehub.connectors.support.address;

import io.lastmilehub.connectors.spi.MappingException;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a postal code against its country's format and writes it the country's way ({@code sw1a1aa} becomes
 * {@code SW1A 1AA}, {@code 00950} in Poland {@code 00-950}). The formats come from {@code postal-codes.tsv}, whose
 * header names its sources; a country not listed there has no format to check, and its codes are kept as given.
 */
public final class PostalCodes {

    private static final Map<String, PostalCodeFormat> FORMATS = DataFile.lines("postal-codes.tsv").stream()
            .map(PostalCodes::parse)
            .collect(Collectors.toUnmodifiableMap(PostalCodeFormat::country, Function.identity()));

    private PostalCodes() {
    }

    /**
     * The postal code written the country's way; null when it is blank or a placeholder.
     *
     * @param countryCode ISO 3166-1 alpha-2, upper case
     * @throws MappingException on field {@code postalCode} when the code does not fit the country's format
     */
    public static String normalize(String countryCode, String postalCode) {
        String folded = Text.optional(postalCode);
        if (folded == null) {
            return null;
        }
        PostalCodeFormat format = FORMATS.get(countryCode);
        if (format == null) {
            return folded;
        }
        return format.write(folded.toUpperCase(Locale.ROOT))
                .or(() -> withoutCountryPrefix(format, folded.toUpperCase(Locale.ROOT)))
                .orElseThrow(() -> new MappingException("postalCode", "'" + folded
                        + "' is not a valid postal code for " + countryCode + " (" + format.expectation() + ")"));
    }

    /** Every country's format, for checking the data. */
    static Collection<PostalCodeFormat> formats() {
        return FORMATS.values();
    }

    /** {@code CH-8001}, {@code DE 10115}: senders sometimes put the country code in front. */
    private static Optional<String> withoutCountryPrefix(PostalCodeFormat format, String code) {
        String prefix = format.country();
        if (code.length() > 3 && code.startsWith(prefix) && " -".indexOf(code.charAt(2)) >= 0) {
            return format.write(code.substring(3).trim());
        }
        return Optional.empty();
    }

    private static PostalCodeFormat parse(String line) {
        String[] columns = line.split("\t");
        String description = columns.length > 3 ? columns[3] : "";
        List<String> examples = Arrays.asList(columns[2].split(","));
        return new PostalCodeFormat(columns[0], Pattern.compile(columns[1]), examples, description);
    }
}
