package io.lastmilehub.hub.geocoding;

import io.lastmilehub.connectors.geocoding.GeocodeResult;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.GeoPoint;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns an order's address into a point with the tenant's geocoder, asking the provider only for addresses it was
 * never asked about: every answer, found or not, is kept in the database. A provider that cannot answer now throws
 * {@link io.lastmilehub.connectors.geocoding.GeocodingException}, so the step is retried later.
 */
@Component
public class AddressResolver {

    /** The counter of questions asked of a provider, tagged with it and its answer's outcome (or {@code error}). */
    public static final String CALLS = "lastmile.geocoder.calls";
    /** The counter of addresses answered from the database without asking the provider, tagged with it. */
    public static final String CACHE_HITS = "lastmile.geocoder.cache.hits";

    private final GeocoderRegistry geocoders;
    private final GeocodeCacheRepository cache;
    private final MeterRegistry meters;
    private final Clock clock;

    public AddressResolver(GeocoderRegistry geocoders, GeocodeCacheRepository cache, MeterRegistry meters,
                           Clock clock) {
        this.geocoders = geocoders;
        this.cache = cache;
        this.meters = meters;
        this.clock = clock;
    }

    public AddressResolution resolve(String tenant, Address address) {
        if (address == null) {
            return AddressResolution.notFound("the order has neither coordinates nor an address");
        }
        return geocoders.forTenant(tenant)
                .map(geocoder -> judge(lookUp(geocoder, address), geocoder.minConfidence()))
                .orElseGet(() -> AddressResolution.notFound("no geocoder is configured for tenant " + tenant
                        + "; set the coordinates with PUT /api/v1/orders/{id}/ship-to"));
    }

    private GeocodeResult lookUp(GeocoderRegistry.TenantGeocoder tenantGeocoder, Address address) {
        String provider = tenantGeocoder.geocoder().provider();
        GeocodeCacheEntity.Key key = new GeocodeCacheEntity.Key(provider, AddressKey.of(address));
        Optional<GeocodeResult> cached = cache.findById(key).map(AddressResolver::fromCache);
        if (cached.isPresent()) {
            meters.counter(CACHE_HITS, "provider", provider).increment();
            return cached.get();
        }
        GeocodeResult answer;
        try {
            answer = tenantGeocoder.geocoder().geocode(address);
        } catch (RuntimeException e) {
            meters.counter(CALLS, "provider", provider, "outcome", "error").increment();
            throw e;
        }
        meters.counter(CALLS, "provider", provider, "outcome", answer.outcome().name()).increment();
        cache.save(toCache(key, answer));
        return answer;
    }

    private static AddressResolution judge(GeocodeResult result, double minConfidence) {
        return switch (result.outcome()) {
            case NOT_FOUND -> AddressResolution.notFound("address not found by " + result.provider());
            case AMBIGUOUS -> AddressResolution.ambiguous("ambiguous address: several places match, e.g. "
                    + result.description());
            case FOUND -> result.confidence() >= minConfidence
                    ? AddressResolution.found(result.location(), result.description())
                    : AddressResolution.ambiguous(String.format(Locale.ROOT,
                    "ambiguous address: only a match of confidence %.2f (below %.2f): %s", result.confidence(),
                    minConfidence, result.description()));
        };
    }

    private GeocodeCacheEntity toCache(GeocodeCacheEntity.Key key, GeocodeResult result) {
        GeoPoint at = result.location();
        return new GeocodeCacheEntity(key, result.outcome().name(), at == null ? null : at.getLatitude(),
                at == null ? null : at.getLongitude(), result.confidence(), truncate(result.description()),
                clock.instant());
    }

    private static GeocodeResult fromCache(GeocodeCacheEntity cached) {
        GeoPoint at = cached.getLatitude() == null ? null
                : GeoPoint.builder().latitude(cached.getLatitude()).longitude(cached.getLongitude()).build();
        return new GeocodeResult(GeocodeResult.Outcome.valueOf(cached.getOutcome()), at, cached.getConfidence(),
                cached.getKey().provider(), cached.getDescription());
    }

    private static String truncate(String description) {
        return description == null || description.length() <= 500 ? description : description.substring(0, 500);
    }
}
