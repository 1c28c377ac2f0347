package io.lastmilehub.connectors.geocoding;

import io.lastmilehub.model.GeoPoint;

/**
 * One place a provider offered for an address, reduced to what the choice between candidates needs.
 *
 * @param location    the place's point (its centroid for areas)
 * @param level       how precise the place is, as the provider classified it
 * @param importance  the provider's importance of the place (Nominatim: 0..1), or null when it gives none
 * @param houseNumber the place's house number, or null
 * @param postcode    the place's postal code, or null
 * @param countryCode the place's ISO 3166-1 alpha-2 country code (any case), or null
 * @param description the provider's name for the place, for people to check
 */
record Candidate(GeoPoint location, MatchLevel level, Double importance, String houseNumber, String postcode,
                 String countryCode, String description) {

    /** The same candidate at another level. */
    Candidate withLevel(MatchLevel newLevel) {
        return new Candidate(location, newLevel, importance, houseNumber, postcode, countryCode, description);
    }
}
