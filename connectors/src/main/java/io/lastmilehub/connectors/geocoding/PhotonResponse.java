package io.lastmilehub.connectors.geocoding;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.model.GeoPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Reads Photon's search answer, a GeoJSON FeatureCollection whose properties follow GeocodeJSON, best first, e.g.
 * <pre>
 * {"type":"FeatureCollection","features":[{"type":"Feature",
 *   "properties":{"osm_type":"W","osm_id":38862723,"osm_key":"leisure","osm_value":"stadium",
 *     "type":"house",                                  // house, street, locality, district, city, county, state,
 *                                                      // country or other
 *     "housenumber":"3","name":"Olympiastadion Berlin","street":"Olympischer Platz","city":"Berlin",
 *     "postcode":"14053","countrycode":"DE","country":"Germany"},
 *   "geometry":{"type":"Point","coordinates":[13.2395, 52.5146]}}]}   // longitude first
 * </pre>
 * Photon gives no display name, so the description is assembled from the address properties.
 */
final class PhotonResponse {

    private static final String PROVIDER = "photon";

    private PhotonResponse() {
    }

    /**
     * The features in Photon's order; features without a usable point are left out.
     *
     * @throws GeocodingException when the body is no FeatureCollection
     */
    static List<Candidate> parse(String body) {
        JsonNode root = ProviderJson.parse(PROVIDER, body);
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new GeocodingException(PROVIDER + " answered with no feature list: " + ProviderHttp.excerpt(body));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode feature : features) {
            candidate(feature).ifPresent(candidates::add);
        }
        return candidates;
    }

    private static Optional<Candidate> candidate(JsonNode feature) {
        JsonNode coordinates = feature.path("geometry").path("coordinates");
        Optional<GeoPoint> location = ProviderJson.point(coordinates.path(1), coordinates.path(0));
        if (location.isEmpty()) {
            return Optional.empty();
        }
        JsonNode properties = feature.path("properties");
        return Optional.of(new Candidate(location.get(), level(properties), null,
                ProviderJson.text(properties, "housenumber"),
                ProviderJson.text(properties, "postcode"),
                ProviderJson.text(properties, "countrycode"),
                description(properties)));
    }

    static MatchLevel level(JsonNode properties) {
        if ("place".equals(ProviderJson.text(properties, "osm_key"))
                && "postcode".equals(ProviderJson.text(properties, "osm_value"))) {
            return MatchLevel.POSTCODE;
        }
        String type = ProviderJson.text(properties, "type");
        if (type == null) {
            return MatchLevel.REGION;
        }
        return switch (type) {
            case "house" -> MatchLevel.HOUSE;
            case "street" -> MatchLevel.STREET;
            case "locality", "district" -> MatchLevel.LOCALITY;
            case "city" -> MatchLevel.CITY;
            default -> MatchLevel.REGION; // county, state, country, other
        };
    }

    /** "Olympiastadion Berlin, Olympischer Platz 3, 14053 Berlin, Germany". */
    static String description(JsonNode properties) {
        String name = ProviderJson.text(properties, "name");
        String street = ProviderJson.text(properties, "street");
        String houseNumber = ProviderJson.text(properties, "housenumber");
        String city = ProviderJson.text(properties, "city");
        String state = ProviderJson.text(properties, "state");
        StringJoiner description = new StringJoiner(", ");
        if (name != null && !name.equals(street)) {
            description.add(name);
        }
        add(description, join(street, houseNumber));
        add(description, join(ProviderJson.text(properties, "postcode"), city));
        if (!Objects.equals(state, city)) {
            add(description, state);
        }
        add(description, ProviderJson.text(properties, "country"));
        return description.toString();
    }

    private static String join(String first, String second) {
        if (first == null || second == null) {
            return first != null ? first : second;
        }
        return first + " " + second;
    }

    private static void add(StringJoiner joiner, String part) {
        if (part != null) {
            joiner.add(part);
        }
    }
}
