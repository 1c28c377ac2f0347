package io.lastmilehub.hub.trackpage;

import io.lastmilehub.hub.orders.TrackingPageLinks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * The public tracking page, under {@code lastmile.tracking-page.*}.
 *
 * @param baseUrl                where customers reach the hub, e.g. {@code https://track.example.com}; the order API
 *                               gives tracking links on it (empty: links relative to the hub)
 * @param vehicleWithinStops     the vehicle's position is shown only once it has fewer stops than this to serve before
 *                               the customer's (earlier, it would show where other customers live)
 * @param etaMargin              the ETA window shown: the live ETA minus and plus this
 * @param tileUrl                a slippy-map tile URL template ({@code {z}/{x}/{y}}) to draw under the map; empty: a
 *                               plain background, nothing loaded from elsewhere
 * @param tileAttribution        the tiles' attribution, shown under the map
 * @param failedLookupsPerMinute unknown tokens one client address may try per minute before it is answered 429
 */
@ConfigurationProperties("lastmile.tracking-page")
public record TrackingPageProperties(@DefaultValue("") String baseUrl, @DefaultValue("3") int vehicleWithinStops,
                                     @DefaultValue("15m") Duration etaMargin, @DefaultValue("") String tileUrl,
                                     @DefaultValue("") String tileAttribution,
                                     @DefaultValue("30") int failedLookupsPerMinute)
        implements TrackingPageLinks {

    /** Whether the page shows the vehicle that has this many stops to serve before the customer's. */
    public boolean showsVehicle(int stopsBefore) {
        return stopsBefore < vehicleWithinStops;
    }

    /** The page loads nothing from elsewhere but the tiles, if configured. */
    public String contentSecurityPolicy() {
        String tiles = tileUrl.isBlank() ? "" : " " + URI.create(tileUrl.replaceAll("[{}]", "")).resolve("/")
                .toString().replaceAll("/$", "");
        return "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'" + tiles
                + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    @Override
    public String link(String token) {
        return baseUrl.replaceAll("/+$", "") + "/track/" + token;
    }
}
