package io.lastmilehub.connectors.geocoding;

import io.lastmilehub.model.Address;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Photon's free-text search: {@code GET /api?q=<address as one line>&limit=5}. Only parameters every Photon version
 * knows are sent, because Photon refuses unknown ones with HTTP 400; the country is therefore part of the text and
 * checked on the answer, not sent as the {@code countrycode} filter that only Photon 1.1 and later understand.
 */
final class PhotonQuery {

    /** More than one, to see whether the answer is ambiguous and to have some left after the country filter. */
    static final int LIMIT = 5;

    private PhotonQuery() {
    }

    static URI searchUri(URI baseUrl, Address address) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", text(address));
        params.put("limit", Integer.toString(LIMIT));
        return RequestUris.of(baseUrl, "api", params);
    }

    /** The address on one line: "Olympischer Platz 3, 14053 Berlin, Germany". The second line is left out. */
    static String text(Address address) {
        StringJoiner text = new StringJoiner(", ");
        add(text, address.getLine1());
        add(text, join(address.getPostalCode(), address.getCity()));
        add(text, address.getRegion());
        add(text, countryName(address.getCountryCode()));
        return text.toString();
    }

    private static String countryName(String countryCode) {
        if (countryCode == null || countryCode.isBlank()) {
            return null;
        }
        String name = new Locale("", countryCode).getDisplayCountry(Locale.ENGLISH);
        return name.equalsIgnoreCase(countryCode) ? null : name;
    }

    private static String join(String first, String second) {
        StringJoiner joined = new StringJoiner(" ");
        add(joined, first);
        add(joined, second);
        return joined.toString();
    }

    private static void add(StringJoiner joiner, String part) {
        if (part != null && !part.isBlank()) {
            joiner.add(part.strip());
        }
    }
}
