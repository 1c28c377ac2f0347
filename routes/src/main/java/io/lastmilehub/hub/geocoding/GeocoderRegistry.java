package io.lastmilehub.hub.geocoding;

import io.lastmilehub.connectors.geocoding.Geocoder;
import io.lastmilehub.connectors.geocoding.GeocoderSettings;
import io.lastmilehub.connectors.geocoding.Geocoders;
import io.lastmilehub.hub.config.HubProperties;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Each tenant's geocoder, created once at start-up so that a wrong setting stops the start with its name. */
@Component
public class GeocoderRegistry {

    private final Map<String, TenantGeocoder> geocoders = new HashMap<>();

    public GeocoderRegistry(HubProperties properties) {
        properties.tenants().forEach((tenant, settings) -> {
            HubProperties.Geocoding geocoding = settings.geocoder();
            if (geocoding != null) {
                geocoders.put(tenant, new TenantGeocoder(create(tenant, geocoding), geocoding.minConfidence()));
            }
        });
    }

    /** The tenant's geocoder; empty when none is configured. */
    public Optional<TenantGeocoder> forTenant(String tenant) {
        return Optional.ofNullable(geocoders.get(tenant));
    }

    private static Geocoder create(String tenant, HubProperties.Geocoding g) {
        try {
            return Geocoders.create(new GeocoderSettings(g.provider(), g.baseUrl(), g.userAgent(), g.email(),
                    g.apiKey(), g.minInterval(), g.timeout()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("lastmile.tenants." + tenant + ".geocoder: " + e.getMessage(), e);
        }
    }

    /** A geocoder with the tenant's threshold for trusting its answers. */
    public record TenantGeocoder(Geocoder geocoder, double minConfidence) {
    }
}
