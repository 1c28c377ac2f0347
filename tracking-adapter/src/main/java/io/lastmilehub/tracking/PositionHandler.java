package io.lastmilehub.tracking;

import java.util.Optional;

/**
 * One step of the {@link PositionChain}, one job each (Traccar's handler chain): filter, distance, motion,
 * geofences, ETA, delay, cold chain. A handler may change the position (returning a copy), raise events through
 * the context, or drop the position by returning empty (the later handlers then do not see it).
 */
public interface PositionHandler {

    /**
     * Handles one position.
     *
     * @param position the position as the previous handlers left it
     * @param context  the device's state, its route, the clock, and where events go
     * @return the position for the next handler, or empty to drop it
     */
    Optional<TrackedPosition> handle(TrackedPosition position, PositionContext context);
}
