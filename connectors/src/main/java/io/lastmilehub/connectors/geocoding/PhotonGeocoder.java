package io.lastmilehub.connectors.geocoding;

import io.lastmilehub.model.Address;

import java.net.URI;
import java.util.Objects;

/**
 * Geocodes with Komoot's Photon free-text search (photon.komoot.io or an own instance). Photon has no structured
 * filter every version understands, so the address goes as one line of text and the answer is filtered to the
 * address's country here. The User-Agent and the minimum interval between requests are honoured as for Nominatim;
 * the e-mail and API key settings are not used, since Photon knows no such parameters and refuses unknown ones.
 */
final class PhotonGeocoder implements Geocoder {

    static final String PROVIDER = "photon";

    private final URI baseUrl;
    private final ProviderHttp http;

    PhotonGeocoder(GeocoderSettings settings, String userAgent, RateLimiter rateLimiter) {
        this.baseUrl = settings.baseUrl();
        this.http = new ProviderHttp(PROVIDER, userAgent, settings.timeout(), rateLimiter);
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public GeocodeResult geocode(Address address) {
        Objects.requireNonNull(address, "address");
        String body = http.get(PhotonQuery.searchUri(baseUrl, address));
        return CandidateChooser.choose(PROVIDER, address, PhotonResponse.parse(body));
    }
}
