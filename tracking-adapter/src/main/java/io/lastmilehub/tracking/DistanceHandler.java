package io.lastmilehub.tracking;

import java.util.Optional;

/**
 * Adds the distance from the previous accepted position to the odometer; moves shorter than the jitter count
 * as none, so a parked vehicle's GPS noise does not add up.
 */
public final class DistanceHandler implements PositionHandler {

    private final TrackingConfig config;

    /** A distance handler with the given jitter. */
    public DistanceHandler(TrackingConfig config) {
        this.config = config;
    }

    @Override
    public Optional<TrackedPosition> handle(TrackedPosition position, PositionContext context) {
        Optional<TrackedPosition> last = context.state().last();
        if (last.isEmpty()) {
            return Optional.of(position.withDistance(0, 0));
        }
        double meters = last.get().position().getLocation()
                .distanceMetersTo(position.position().getLocation());
        double counted = meters < config.jitterMeters() ? 0 : meters;
        return Optional.of(position.withDistance(counted, last.get().odometerMeters() + counted));
    }
}
