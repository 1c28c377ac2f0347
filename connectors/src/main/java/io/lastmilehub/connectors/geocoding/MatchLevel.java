package io.lastmilehub.connectors.geocoding;

/**
 * How precisely a candidate pins an address down, finest first, with the confidence a plain match at that level
 * earns (before the checks of {@link ConfidenceRules}).
 */
enum MatchLevel {

    /** The building or address point with the house number asked for. */
    HOUSE(0.95),
    /** The street, but not the house. */
    STREET(0.7),
    /** A neighbourhood, square, city block or similar place below the town. */
    LOCALITY(0.5),
    /** The area of a postal code. */
    POSTCODE(0.4),
    /** The city, town, village or suburb. */
    CITY(0.3),
    /** Anything coarser: county, state, country, or a feature that is no address part at all. */
    REGION(0.1);

    private final double baseConfidence;

    MatchLevel(double baseConfidence) {
        this.baseConfidence = baseConfidence;
    }

    double baseConfidence() {
        return baseConfidence;
    }
}
