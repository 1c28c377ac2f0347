package io.lastmilehub.connectors.geocoding;

import io.lastmilehub.model.Address;

/**
 * Finds the point of a postal address through an external geocoding service. Implementations respect their
 * provider's usage policy (rate limit, identifying User-Agent) themselves and are safe for concurrent use.
 */
public interface Geocoder {

    /** The provider's name as configured, e.g. {@code nominatim}. */
    String provider();

    /**
     * Looks an address up.
     *
     * @return found (with point and confidence), not found, or ambiguous; never null
     * @throws GeocodingException when the service could not answer (unreachable, 5xx, rate-limited, timeout): the
     *                            caller may retry later
     */
    GeocodeResult geocode(Address address);
}
