package io.lastmilehub.tracking;

import io.lastmilehub.model.TrackingPosition;

import java.util.List;
import java.util.Objects;

/**
 * A position on its way through the {@link PositionChain}: the canonical position plus what the handlers work
 * out (distance, odometer, motion, ETAs). Immutable; each handler returns a changed copy.
 *
 * @param position       the canonical position, bound to the tenant and vehicle
 * @param validFix       whether the device called the fix valid
 * @param temperatures   every temperature sensor reading, degrees Celsius
 * @param distanceMeters distance from the previous accepted position
 * @param odometerMeters distance accumulated since the device's state was created
 * @param moving         whether the vehicle is moving
 * @param etas           live ETAs of the remaining stops, in route order
 */
public record TrackedPosition(TrackingPosition position, boolean validFix, List<Double> temperatures,
                              double distanceMeters, double odometerMeters, boolean moving, List<StopEta> etas) {

    /** Checks and copies. */
    public TrackedPosition {
        Objects.requireNonNull(position, "position");
        temperatures = List.copyOf(temperatures);
        etas = List.copyOf(etas);
    }

    /** A fresh position from a decoded report that has a fix. */
    public static TrackedPosition of(TrackingPosition position, boolean validFix, List<Double> temperatures) {
        return new TrackedPosition(position, validFix, temperatures, 0, 0, false, List.of());
    }

    /** This position with its distance and odometer. */
    public TrackedPosition withDistance(double distance, double odometer) {
        return new TrackedPosition(position, validFix, temperatures, distance, odometer, moving, etas);
    }

    /** This position with its motion state. */
    public TrackedPosition withMoving(boolean value) {
        return new TrackedPosition(position, validFix, temperatures, distanceMeters, odometerMeters, value, etas);
    }

    /** This position with the ETAs of the remaining stops. */
    public TrackedPosition withEtas(List<StopEta> value) {
        return new TrackedPosition(position, validFix, temperatures, distanceMeters, odometerMeters, moving, value);
    }
}
