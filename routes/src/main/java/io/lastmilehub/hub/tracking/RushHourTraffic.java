package io.lastmilehub.hub.tracking;

import io.lastmilehub.model.Depot;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.planning.travel.RushHourClock;
import io.lastmilehub.tracking.LiveTraffic;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A depot's rush hours from its fleet file, as the planning engine drives them, for the live ETAs of its routes. */
final class RushHourTraffic implements LiveTraffic {

    private final RushHourClock clock;

    private RushHourTraffic(RushHourClock clock) {
        this.clock = clock;
    }

    /** The depot's traffic; free flow for a depot without rush hours or unknown. */
    static LiveTraffic of(Depot depot) {
        if (depot == null || depot.getTraffic().stream().allMatch(zone -> zone.getRushHours().isEmpty())) {
            return LiveTraffic.FREE_FLOW;
        }
        return new RushHourTraffic(new RushHourClock(depot.getTraffic(), ZoneId.of(depot.getZoneId())));
    }

    @Override
    public Duration driving(GeoPoint from, GeoPoint to, double freeFlowSeconds, Instant departure) {
        return clock.driving(from, to, freeFlowSeconds, departure);
    }

    @Override
    public double freeFlowSeconds(GeoPoint from, GeoPoint to, Instant departure, Instant arrival) {
        return clock.freeFlowSeconds(from, to, departure, arrival);
    }
}
