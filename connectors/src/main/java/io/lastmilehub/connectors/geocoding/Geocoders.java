package io.lastmilehub.connectors.geocoding;

/** Creates the geocoder a tenant's settings name. */
public final class Geocoders {

    private Geocoders() {
    }

    /**
     * @throws IllegalArgumentException for an unknown provider or settings it cannot work with, naming the setting
     */
    public static Geocoder create(GeocoderSettings settings) {
        throw new IllegalArgumentException("provider: unknown geocoding provider '" + settings.provider() + "'");
    }
}
