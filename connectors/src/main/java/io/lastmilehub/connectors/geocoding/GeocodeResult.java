package io.lastmilehub.connectors.geocoding;

import io.lastmilehub.model.GeoPoint;

/**
 * What a geocoder answered for one address.
 *
 * @param outcome     found, not found, or ambiguous (several places match about equally well)
 * @param location    the point, when found (for ambiguous: the best candidate)
 * @param confidence  0 to 1: how sure the provider is that the point is the address (house-level match near 1)
 * @param provider    the provider that answered
 * @param description the provider's name for the place found, for people to check
 */
public record GeocodeResult(Outcome outcome, GeoPoint location, double confidence, String provider,
                            String description) {

    /** The kinds of answer. */
    public enum Outcome {
        FOUND,
        NOT_FOUND,
        AMBIGUOUS
    }

    public static GeocodeResult notFound(String provider) {
        return new GeocodeResult(Outcome.NOT_FOUND, null, 0, provider, null);
    }
}
