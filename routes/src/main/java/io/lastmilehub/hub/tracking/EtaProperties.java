package io.lastmilehub.hub.tracking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How often the live ETAs of tracked routes are stored and published, under {@code lastmile.eta.*} (docs/devices.md).
 * A position computes the ETA of every stop ahead; only the stops whose ETA changed enough are stored and published,
 * so the work of a position grows with what changed, not with the number of stops.
 *
 * @param threshold a stop's ETA is stored and published again once it moved by at least this much from the one last
 *                  published (or when the stops before it or its route changed); smaller moves are left out (counted to the whole second)
 * @param refresh   a stop's ETA is stored and published again at least this often (by the positions' time) even if
 *                  it hardly moved, so the vehicle's place shown with it stays fresh (counted to the whole second)
 */
@ConfigurationProperties("lastmile.eta")
public record EtaProperties(@DefaultValue("2m") Duration threshold, @DefaultValue("1m") Duration refresh) {
}
