package io.lastmilehub.connectors.support.address;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what senders write in a country field into an ISO 3166-1 alpha-2 code: alpha-2 codes in any case, alpha-3
 * codes ({@code DEU}, {@code usa}), the country's name in English, German, French, Italian, Spanish, Portuguese,
 * Dutch, Polish, Swedish, Danish, Norwegian, Czech or Finnish (the JDK's display names), and common aliases such as
 * {@code UK}, {@code Great Britain} or {@code Holland} (listed in {@code country-aliases.txt}). Case, accents,
 * dots and a leading "the" do not matter, and umlauts may be spelled out ({@code Oesterreich}). A name that two
 * countries share in some language is not recognised.
 */
public final class CountryCodes {

    private static final List<Locale> NAME_LOCALES = List.of("en", "de", "fr", "it", "es", "pt", "nl", "pl", "sv", "da",
            "nb", "cs", "fi").stream().map(Locale::forLanguageTag).toList();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\(.*\\)");

    private CountryCodes() {
    }

    /** The upper-case alpha-2 code, or empty when the value is blank or names no country. */
    public static Optional<String> alpha2(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String key = key(codeOrName);
        String code = Holder.CODES.get(key);
        return Optional.ofNullable(code != null ? code : Holder.NAMES.get(key));
    }

    /** Lower case, no accents, no dots, other punctuation as single spaces, without a leading "the". */
    static String key(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String lower = plain.toLowerCase(Locale.ROOT).replace("ß", "ss").replace(".", "");
        String spaced = SEPARATORS.matcher(lower).replaceAll(" ").trim();
        return spaced.startsWith("the ") ? spaced.substring(4) : spaced;
    }

    private static Locale region(String alpha2) {
        return new Locale.Builder().setRegion(alpha2).build();
    }

    /** Built on first use: a few thousand display names. */
    private static final class Holder {
        private static final Map<String, String> CODES = codes();
        private static final Map<String, String> NAMES = names();

        private static Map<String, String> codes() {
            Map<String, String> codes = new HashMap<>();
            for (String alpha2 : Locale.getISOCountries()) {
                codes.put(key(alpha2), alpha2);
                codes.put(key(region(alpha2).getISO3Country()), alpha2);
            }
            return Map.copyOf(codes);
        }

        private static Map<String, String> names() {
            Map<String, String> names = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            for (String alpha2 : Locale.getISOCountries()) {
                Locale country = region(alpha2);
                for (Locale language : NAME_LOCALES) {
                    String name = country.getDisplayCountry(language);
                    addName(names, ambiguous, key(name), alpha2);
                    addName(names, ambiguous, key(PARENTHESES.matcher(name).replaceAll("")), alpha2);
                    addName(names, ambiguous, key(umlautsSpelledOut(name)), alpha2);
                }
            }
            ambiguous.forEach(names::remove);
            names.putAll(aliases());
            return Map.copyOf(names);
        }

        /** Oesterreich, Tuerkei: German names as systems without umlauts write them. */
        private static String umlautsSpelledOut(String name) {
            return name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                    .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
        }

        private static void addName(Map<String, String> names, Set<String> ambiguous, String key, String alpha2) {
            String earlier = names.putIfAbsent(key, alpha2);
            if (earlier != null && !earlier.equals(alpha2)) {
                ambiguous.add(key);
            }
        }

        private static Map<String, String> aliases() {
            Map<String, String> aliases = new HashMap<>();
            for (String line : DataFile.lines("country-aliases.txt")) {
                String[] codeAndNames = line.split("=", 2);
                String alpha2 = codeAndNames[0].trim();
                for (String name : codeAndNames[1].split(",")) {
                    aliases.put(key(name), alpha2);
                }
            }
            return aliases;
        }
    }
}
