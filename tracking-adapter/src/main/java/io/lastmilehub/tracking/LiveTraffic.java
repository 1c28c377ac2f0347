package io.lastmilehub.tracking;

import io.lastmilehub.model.GeoPoint;

import java.time.Duration;
import java.time.Instant;

/**
 * Driving times of the moment: how long a leg takes when it is driven at a given time (the depot's rush hours), and
 * how much free-flow driving a planned leg stood for. The hub supplies the planning engine's rush hours here, so that
 * live ETAs drive the rest of a route by the same clock the plan was made with.
 */
public interface LiveTraffic {

    /** Every leg at free flow: a leg takes what the plan gave it, whenever it is driven. */
    LiveTraffic FREE_FLOW = new LiveTraffic() {
        @Override
        public Duration driving(GeoPoint from, GeoPoint to, double freeFlowSeconds, Instant departure) {
            return Duration.ofMillis(Math.round(freeFlowSeconds * 1000));
        }

        @Override
        public double freeFlowSeconds(GeoPoint from, GeoPoint to, Instant departure, Instant arrival) {
            return Math.max(0, Duration.between(departure, arrival).toMillis() / 1000.0);
        }
    };

    /** How long a trip of {@code freeFlowSeconds} from one place to another takes when it leaves at a moment. */
    Duration driving(GeoPoint from, GeoPoint to, double freeFlowSeconds, Instant departure);

    /** The free-flow seconds of a trip from one place to another that left at one moment and arrived at another. */
    double freeFlowSeconds(GeoPoint from, GeoPoint to, Instant departure, Instant arrival);
}
