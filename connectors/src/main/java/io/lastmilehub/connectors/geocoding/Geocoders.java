package io.lastmilehub.connectors.geocoding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Creates the geocoder a tenant's settings name. Providers:
 * <ul>
 *   <li>{@code nominatim}: needs {@code base-url} and {@code user-agent}; sends {@code email} when set. Against the
 *       public service (host {@value #PUBLIC_NOMINATIM_HOST}) {@code min-interval} must be at least one second, as
 *       its usage policy demands.</li>
 *   <li>{@code photon}: needs {@code base-url}; {@code user-agent} is optional (default {@value #DEFAULT_USER_AGENT});
 *       {@code email} is not sent.</li>
 * </ul>
 * Both need a positive {@code timeout} and a {@code min-interval} of zero or more; neither uses {@code api-key}.
 */
public final class Geocoders {

    /** The host of OpenStreetMap's public Nominatim service, whose usage policy allows one request a second. */
    public static final String PUBLIC_NOMINATIM_HOST = "nominatim.openstreetmap.org";
    /** The User-Agent sent to Photon when none is configured. */
    public static final String DEFAULT_USER_AGENT = "LastMileHub-geocoding";

    private static final Logger LOG = LoggerFactory.getLogger(Geocoders.class);
    private static final Duration PUBLIC_NOMINATIM_MIN_INTERVAL = Duration.ofSeconds(1);
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private Geocoders() {
    }

    /**
     * @throws IllegalArgumentException for an unknown provider or settings it cannot work with, naming the setting
     *                                  by its configuration key ({@code base-url}, {@code user-agent}, ...)
     */
    public static Geocoder create(GeocoderSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("provider: no geocoder settings given");
        }
        String provider = settings.provider() == null ? "" : settings.provider().strip().toLowerCase(Locale.ROOT);
        switch (provider) {
            case NominatimGeocoder.PROVIDER:
                checkCommon(settings);
                checkNominatim(settings);
                return new NominatimGeocoder(settings, RateLimiter.withMinInterval(settings.minInterval()));
            case PhotonGeocoder.PROVIDER:
                checkCommon(settings);
                String userAgent = isBlank(settings.userAgent()) ? DEFAULT_USER_AGENT : settings.userAgent();
                return new PhotonGeocoder(settings, userAgent, RateLimiter.withMinInterval(settings.minInterval()));
            default:
                throw new IllegalArgumentException("provider: unknown geocoding provider '" + settings.provider()
                        + "' (known: nominatim, photon)");
        }
    }

    private static void checkCommon(GeocoderSettings settings) {
        checkBaseUrl(settings.baseUrl());
        Duration timeout = settings.timeout();
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout: must be a positive duration such as PT10S, was " + timeout);
        }
        Duration minInterval = settings.minInterval();
        if (minInterval == null || minInterval.isNegative()) {
            throw new IllegalArgumentException("min-interval: must be zero or a positive duration such as PT1S, was "
                    + minInterval);
        }
        if (settings.userAgent() != null && CONTROL_CHARACTERS.matcher(settings.userAgent()).find()) {
            throw new IllegalArgumentException("user-agent: must be one line without control characters");
        }
        if (!isBlank(settings.apiKey())) {
            LOG.warn("api-key is set but {} uses no key; it is ignored", settings.provider());
        }
    }

    private static void checkBaseUrl(URI baseUrl) {
        if (baseUrl == null) {
            throw new IllegalArgumentException("base-url: required, e.g. https://nominatim.openstreetmap.org");
        }
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("base-url: must be an absolute http or https URL, was " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("base-url: must not have a query or fragment, was " + baseUrl);
        }
    }

    private static void checkNominatim(GeocoderSettings settings) {
        if (isBlank(settings.userAgent())) {
            throw new IllegalArgumentException("user-agent: required by Nominatim's usage policy; name the"
                    + " application and a contact, e.g. 'LastMileHub/1.0 (ops@example.com)'");
        }
        if (!isBlank(settings.email()) && !EMAIL.matcher(settings.email().strip()).matches()) {
            throw new IllegalArgumentException("email: not an e-mail address: '" + settings.email() + "'");
        }
        if (PUBLIC_NOMINATIM_HOST.equalsIgnoreCase(settings.baseUrl().getHost())
                && settings.minInterval().compareTo(PUBLIC_NOMINATIM_MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("min-interval: the public Nominatim service allows at most one"
                    + " request per second; use PT1S or more, was " + settings.minInterval());
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
