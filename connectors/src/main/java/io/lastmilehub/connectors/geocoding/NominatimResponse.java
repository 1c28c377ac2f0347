package io.lastmilehub.connectors.geocoding;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.model.GeoPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Nominatim's {@code format=jsonv2} search answer: a JSON array of places, best first, e.g.
 * <pre>
 * [{"place_id":125279639, "osm_type":"way", "osm_id":90394480,
 *   "lat":"52.5487921", "lon":"-1.8164308",          // strings, not numbers
 *   "category":"building", "type":"residential",     // the main OSM tag
 *   "place_rank":30,                                 // 30 house/POI, 26-27 street, 13-16 city (Ranking.md)
 *   "importance":9.99999999e-08, "addresstype":"building", "name":"",
 *   "display_name":"135, Pilkington Avenue, ...",
 *   "address":{"house_number":"135", "road":"Pilkington Avenue", "postcode":"B72 1LH", "country_code":"gb"},
 *   "boundingbox":["52.5487473","52.5488481","-1.8165130","-1.8163464"]}]
 * </pre>
 * An error comes as an object instead: {@code {"error":{"code":400,"message":"..."}}}.
 */
final class NominatimResponse {

    private static final String PROVIDER = "nominatim";

    private NominatimResponse() {
    }

    /**
     * The places in Nominatim's order; places without usable coordinates are left out.
     *
     * @throws GeocodingException when the body is no JSON array of places
     */
    static List<Candidate> parse(String body) {
        JsonNode root = ProviderJson.parse(PROVIDER, body);
        if (!root.isArray()) {
            String error = root.has("error") ? root.path("error").toString() : ProviderHttp.excerpt(body);
            throw new GeocodingException(PROVIDER + " answered with an error instead of places: " + error);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode place : root) {
            candidate(place).ifPresent(candidates::add);
        }
        return candidates;
    }

    private static Optional<Candidate> candidate(JsonNode place) {
        Optional<GeoPoint> location = ProviderJson.point(place.path("lat"), place.path("lon"));
        if (location.isEmpty()) {
            return Optional.empty();
        }
        JsonNode address = place.path("address");
        JsonNode importance = place.path("importance");
        return Optional.of(new Candidate(location.get(),
                level(place.path("place_rank").asInt(0), category(place), ProviderJson.text(place, "type"),
                        ProviderJson.text(place, "addresstype")),
                importance.isNumber() ? importance.asDouble() : null,
                ProviderJson.text(address, "house_number"),
                ProviderJson.text(address, "postcode"),
                ProviderJson.text(address, "country_code"),
                ProviderJson.text(place, "display_name")));
    }

    /** The main tag's key: {@code category} in jsonv2, {@code class} in json. */
    private static String category(JsonNode place) {
        String category = ProviderJson.text(place, "category");
        return category != null ? category : ProviderJson.text(place, "class");
    }

    /** The level from the search rank (Nominatim's docs/customize/Ranking.md); postcode areas by their tag. */
    static MatchLevel level(int placeRank, String category, String type, String addressType) {
        if ("postcode".equals(addressType) || "place".equals(category) && "postcode".equals(type)) {
            return MatchLevel.POSTCODE;
        }
        if (placeRank >= 28) {
            return MatchLevel.HOUSE; // 28 interpolated house number, 30 house, building or POI
        }
        if (placeRank >= 26) {
            return MatchLevel.STREET;
        }
        if (placeRank >= 21) {
            return MatchLevel.LOCALITY; // 21-25 city blocks, squares, isolated dwellings
        }
        if (placeRank >= 13) {
            return MatchLevel.CITY; // 13-16 cities, 17-18 towns, 19 villages and suburbs, 20 hamlets
        }
        return MatchLevel.REGION;
    }
}
