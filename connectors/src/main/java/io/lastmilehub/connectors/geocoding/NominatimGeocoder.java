package io.lastmilehub.connectors.geocoding;

import io.lastmilehub.model.Address;

import java.net.URI;
import java.util.Objects;

/**
 * Geocodes with Nominatim's structured search (the public service at nominatim.openstreetmap.org or an own instance).
 * Follows the usage policy of the public service: an identifying User-Agent on every request, the contact e-mail as
 * the {@code email} parameter when configured, and no more than one request per configured minimum interval.
 */
final class NominatimGeocoder implements Geocoder {

    static final String PROVIDER = "nominatim";

    private final URI baseUrl;
    private final String email;
    private final ProviderHttp http;

    NominatimGeocoder(GeocoderSettings settings, RateLimiter rateLimiter) {
        this.baseUrl = settings.baseUrl();
        this.email = settings.email();
        this.http = new ProviderHttp(PROVIDER, settings.userAgent(), settings.timeout(), rateLimiter);
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public GeocodeResult geocode(Address address) {
        Objects.requireNonNull(address, "address");
        String body = http.get(NominatimQuery.searchUri(baseUrl, address, email));
        return CandidateChooser.choose(PROVIDER, address, NominatimResponse.parse(body));
    }
}
