package io.lastmilehub.tracking;

import io.lastmilehub.model.GeoPoint;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Drops implausible fixes: no GNSS lock, 0/0 coordinates, stale or future device times, duplicates and
 * out-of-order fixes, and jumps faster than a vehicle can go.
 */
public final class FilterHandler implements PositionHandler {

    private final TrackingConfig config;

    /** A filter with the given limits. */
    public FilterHandler(TrackingConfig config) {
        this.config = config;
    }

    @Override
    public Optional<TrackedPosition> handle(TrackedPosition position, PositionContext context) {
        GeoPoint location = position.position().getLocation();
        Instant time = position.position().getTime();
        if (!position.validFix()) {
            return context.drop("invalid fix: the device reports no GNSS lock");
        }
        if (location.getLatitude() == 0 && location.getLongitude() == 0) {
            return context.drop("zero coordinates: 0/0 is where a missing fix lands");
        }
        if (time.isAfter(context.now().plus(config.maxClockAhead()))) {
            return context.drop("future time: " + time + " is ahead of the hub's clock " + context.now());
        }
        if (time.isBefore(context.now().minus(config.maxAge()))) {
            return context.drop("stale: " + time + " is older than " + config.maxAge());
        }
        Optional<TrackedPosition> last = context.state().last();
        if (last.isPresent()) {
            return againstLast(position, last.get().position().getLocation(), last.get().position().getTime(),
                    context);
        }
        return Optional.of(position);
    }

    private Optional<TrackedPosition> againstLast(TrackedPosition position, GeoPoint lastLocation, Instant lastTime,
                                                  PositionContext context) {
        Instant time = position.position().getTime();
        if (time.equals(lastTime)) {
            return context.drop("duplicate: " + time + " is the time of the last fix");
        }
        if (time.isBefore(lastTime)) {
            return context.dropOutOfOrder("out of order: " + time + " is older than the last fix " + lastTime);
        }
        double meters = lastLocation.distanceMetersTo(position.position().getLocation());
        double hours = Duration.between(lastTime, time).toMillis() / 3_600_000.0;
        double kmh = meters / 1000 / hours;
        if (meters > config.minJumpMeters() && kmh > config.maxSpeedKmh()) {
            return context.drop(String.format(Locale.ROOT, "jump: %.0f m in %s is %.0f km/h", meters,
                    Duration.between(lastTime, time), kmh));
        }
        return Optional.of(position);
    }
}
