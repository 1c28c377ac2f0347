package io.lastmilehub.hub.config;

import io.lastmilehub.connectors.support.geo.BoundingBox;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the hub looks up the time zone of an address that arrives without one, under {@code lastmile.time-zones.*}.
 * The boundaries are read on the first such address, not at start-up.
 *
 * @param area none (the default): the whole world, its zones of the tenants' depots read first (about 10 MB for one
 *             zone) and the rest, about 205 MB of heap, only for an address outside them; a box
 *             ({@code min-latitude}, {@code min-longitude}, {@code max-latitude}, {@code max-longitude}): only the
 *             zones lying wholly inside it (about 10 MB for Europe), so that an address in a zone crossing the box's
 *             edge gets no zone
 */
@ConfigurationProperties("lastmile.time-zones")
public record TimeZoneProperties(BoundingBox area) {
}
