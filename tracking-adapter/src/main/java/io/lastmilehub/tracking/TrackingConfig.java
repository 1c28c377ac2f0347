package io.lastmilehub.tracking;

import java.time.Duration;

/**
 * Settings of the processing chain. {@link #defaults()} suits vans and cargo bikes in a city.
 *
 * @param maxSpeedKmh          fixes implying a faster jump from the previous one are dropped
 * @param minJumpMeters        jumps shorter than this are GPS noise and never dropped as implausible
 * @param maxAge               fixes older than this (device time against the hub's clock) are stale
 * @param maxClockAhead        fixes further ahead of the hub's clock are from a wrong device clock
 * @param jitterMeters         moves shorter than this add nothing to the odometer
 * @param movingSpeedKmh       at or above this speed the vehicle counts as moving
 * @param arrivingRadiusMeters entering this radius around a stop raises ARRIVING
 * @param arrivalRadiusMeters  inside this radius for the dwell time counts as arrived
 * @param departureRadiusMeters leaving this radius after having arrived counts as departed (hysteresis)
 * @param dwell                how long the vehicle must stay inside the arrival radius to have arrived
 * @param detourFactor         road distance over straight-line distance, for the leg to the next stop
 * @param defaultSpeedKmh      speed of a leg the plan gives no duration for
 */
public record TrackingConfig(double maxSpeedKmh, double minJumpMeters, Duration maxAge, Duration maxClockAhead,
                             double jitterMeters, double movingSpeedKmh, double arrivingRadiusMeters,
                             double arrivalRadiusMeters, double departureRadiusMeters, Duration dwell,
                             double detourFactor, double defaultSpeedKmh) {

    /** Defaults: 200 km/h, 24 h stale, 5 min clock skew, 500 m arriving, 75 m / 60 s arrival, 1.3 detour. */
    public static TrackingConfig defaults() {
        return new TrackingConfig(200, 200, Duration.ofHours(24), Duration.ofMinutes(5), 5, 3, 500, 75, 120,
                Duration.ofSeconds(60), 1.3, 30);
    }
}
