package io.lastmilehub.connectors.geocoding;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach one geocoding provider, as configured per tenant.
 *
 * @param provider    {@code nominatim} or {@code photon}
 * @param baseUrl     the service's base URL, e.g. {@code https://nominatim.openstreetmap.org}
 * @param userAgent   identifying User-Agent (application name and contact), required by Nominatim's usage policy
 * @param email       contact e-mail sent along where the provider asks for one; may be null
 * @param apiKey      key for providers that need one; may be null
 * @param minInterval shortest time between two requests (Nominatim's public service: 1 second)
 * @param timeout     how long to wait for an answer
 */
public record GeocoderSettings(String provider, URI baseUrl, String userAgent, String email, String apiKey,
                               Duration minInterval, Duration timeout) {
}
