package io.lastmilehub.connectors.geocoding;

import io.lastmilehub.model.Address;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The structured search request of Nominatim's API: {@code GET /search?street=&city=&postalcode=&state=&countrycodes=}.
 * The second address line (building, floor, c/o) is not sent: Nominatim cannot use it and it spoils the match.
 */
final class NominatimQuery {

    /** More than one, to see whether the answer is ambiguous; few, to stay light on the service. */
    static final int LIMIT = 5;

    private NominatimQuery() {
    }

    /**
     * @param email the contact address the usage policy asks heavy users to send, or null
     */
    static URI searchUri(URI baseUrl, Address address, String email) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("street", address.getLine1()); // house number and street name, in the country's order
        params.put("city", address.getCity());
        params.put("postalcode", address.getPostalCode());
        params.put("state", address.getRegion());
        params.put("countrycodes", address.getCountryCode() == null ? null
                : address.getCountryCode().toLowerCase(Locale.ROOT)); // a hard filter, unlike 'country'
        params.put("format", "jsonv2"); // jsonv2 adds place_rank and names the class 'category'
        params.put("addressdetails", "1"); // for house_number, postcode, country_code
        params.put("limit", Integer.toString(LIMIT));
        params.put("email", email);
        return RequestUris.of(baseUrl, "search", params);
    }
}
