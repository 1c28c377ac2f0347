package io.lastmilehub.tracking;

import java.time.Duration;
import java.util.Optional;

/**
 * Decides whether the vehicle moves: from the reported speed, or, when the device sends none, from the distance
 * and time since the previous accepted position.
 */
public final class MotionHandler implements PositionHandler {

    private final TrackingConfig config;

    /** A motion handler with the given speed threshold. */
    public MotionHandler(TrackingConfig config) {
        this.config = config;
    }

    @Override
    public Optional<TrackedPosition> handle(TrackedPosition position, PositionContext context) {
        Double speed = position.position().getSpeedKmh();
        if (speed == null) {
            speed = derivedSpeedKmh(position, context);
        }
        return Optional.of(position.withMoving(speed != null && speed >= config.movingSpeedKmh()));
    }

    private static Double derivedSpeedKmh(TrackedPosition position, PositionContext context) {
        return context.state().last().map(last -> {
            long millis = Duration.between(last.position().getTime(), position.position().getTime()).toMillis();
            return millis <= 0 ? null : position.distanceMeters() / millis * 3600.0;
        }).orElse(null);
    }
}
