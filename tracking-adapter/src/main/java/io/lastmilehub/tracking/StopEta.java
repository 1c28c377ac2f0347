package io.lastmilehub.tracking;

import java.time.Duration;
import java.time.Instant;

/**
 * The live estimate of the arrival at one remaining stop of a route.
 *
 * @param sequence   the stop's position on the route, from 1
 * @param orderId    the order served there, or {@code null} (breaks)
 * @param plannedEta the plan's arrival, or {@code null} when the plan has none
 * @param eta        the estimated arrival from the live position
 */
public record StopEta(int sequence, String orderId, Instant plannedEta, Instant eta) {

    /** How much later than planned (negative: earlier); zero when the plan has no arrival. */
    public Duration delay() {
        // Duration.between, without its round trip through nanoseconds (every ETA of every position asks for it)
        return plannedEta == null ? Duration.ZERO : Duration.ofSeconds(eta.getEpochSecond()
                - plannedEta.getEpochSecond(), eta.getNano() - plannedEta.getNano());
    }
}
