package io.lastmilehub.connectors.geocoding;

import io.lastmilehub.model.Address;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How sure a candidate is, from its level and from what it agrees with in the address asked for:
 * <ul>
 *   <li>the level's base value ({@link MatchLevel}): house 0.95, street 0.7, locality 0.5, postcode 0.4, city 0.3,
 *       anything coarser 0.1;</li>
 *   <li>a house-level candidate whose house number is missing or is not a number written in the address line is only
 *       a street-level match (the provider found the street, not the house);</li>
 *   <li>a postal code that differs from the one asked for costs {@value #POSTCODE_MISMATCH_PENALTY}, so that a house
 *       in the wrong postal code area falls below 0.9.</li>
 * </ul>
 * Example: "135 Pilkington Avenue", B72 1LH, answered with house number 135 and postal code B72 1LH: 0.95; the same
 * answer with postal code B73 5AB: 0.8; with house number 137: 0.7 (street).
 */
final class ConfidenceRules {

    /** Subtracted when the candidate's postal code is not the address's. */
    static final double POSTCODE_MISMATCH_PENALTY = 0.15;

    private static final Pattern NUMBER_THEN_LETTER = Pattern.compile("(\\d)\\s+(\\p{L})\\b");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}/-]+");
    private static final Pattern HOUSE_NUMBER_LIST = Pattern.compile("[;,]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]");

    private ConfidenceRules() {
    }

    /** The candidate, moved down to street level when it claims the house but its house number does not match. */
    static Candidate checked(Candidate candidate, Address address) {
        if (candidate.level() != MatchLevel.HOUSE) {
            return candidate;
        }
        Set<String> asked = houseNumbersIn(address.getLine1());
        if (asked.isEmpty() || houseNumberMatches(candidate.houseNumber(), asked)) {
            return candidate;
        }
        return candidate.withLevel(MatchLevel.STREET);
    }

    /** The confidence of an already {@link #checked(Candidate, Address) checked} candidate, 0 to 1. */
    static double confidence(Candidate candidate, Address address) {
        double confidence = candidate.level().baseConfidence();
        if (postcodeDiffers(candidate.postcode(), address.getPostalCode())) {
            confidence -= POSTCODE_MISMATCH_PENALTY;
        }
        return Math.max(0, confidence);
    }

    /** The tokens of an address line that contain a digit, lower case, "12 a" read as "12a". */
    static Set<String> houseNumbersIn(String line) {
        if (line == null) {
            return Set.of();
        }
        String joined = NUMBER_THEN_LETTER.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("$1$2");
        return Arrays.stream(TOKEN_SEPARATORS.split(joined))
                .filter(token -> token.chars().anyMatch(Character::isDigit))
                .collect(Collectors.toSet());
    }

    private static boolean houseNumberMatches(String houseNumber, Set<String> asked) {
        if (houseNumber == null) {
            return false;
        }
        // OSM may tag several numbers on one building: "12;14"
        return Arrays.stream(HOUSE_NUMBER_LIST.split(houseNumber))
                .map(number -> number.replaceAll("\\s+", "").toLowerCase(Locale.ROOT))
                .anyMatch(asked::contains);
    }

    /** True when both are known and neither is the start of the other ("B72" vs "B72 1LH" agree). */
    static boolean postcodeDiffers(String found, String asked) {
        if (found == null || asked == null) {
            return false;
        }
        String a = compact(found);
        String b = compact(asked);
        return !a.isEmpty() && !b.isEmpty() && !a.startsWith(b) && !b.startsWith(a);
    }

    private static String compact(String postcode) {
        return NOT_ALPHANUMERIC.matcher(postcode).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
