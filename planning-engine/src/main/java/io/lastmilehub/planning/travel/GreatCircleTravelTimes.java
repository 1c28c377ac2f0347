package io.lastmilehub.planning.travel;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.VehicleType;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Travel times without a road network: the great-circle (haversine) distance times a detour factor, driven at an
 * average speed per vehicle type. Good enough to plan a city day when no router is at hand; replace it with a
 * router-backed {@link TravelTimeProvider} for real road distances.
 *
 * <ul>
 *   <li>Road modes use the detour factor (default {@value #DEFAULT_DETOUR_FACTOR}); drones fly straight (factor 1).
 *   <li>Speed is the vehicle's own {@link TravelProfile#speedKmh()} when set, otherwise the type's default, e.g.
 *       VAN 30 km/h, CARGO_BIKE 15 km/h (see {@link #defaultSpeedKmh(VehicleType)}).
 *   <li>Durations are rounded to whole seconds so that planned times are whole seconds too.
 * </ul>
 */
public final class GreatCircleTravelTimes implements TravelTimeProvider {

    /** Road distance over great-circle distance in a typical European city. */
    public static final double DEFAULT_DETOUR_FACTOR = 1.3;


    private static final Set<VehicleType> FLYING = Set.of(VehicleType.MULTIROTOR_DRONE, VehicleType.FIXED_WING_DRONE);

    private final double detourFactor;
    private final Map<VehicleType, Double> speedsKmh;

    /** Detour factor {@value #DEFAULT_DETOUR_FACTOR} and the default speeds. */
    public GreatCircleTravelTimes() {
        this(DEFAULT_DETOUR_FACTOR, Map.of());
    }

    /**
     * @param detourFactor road distance over straight-line distance for road modes, at least 1
     * @param speedsKmh    average speeds per type that replace the defaults; types left out keep theirs
     * @throws IllegalArgumentException if the factor is below 1 or a speed is not positive
     */
    public GreatCircleTravelTimes(double detourFactor, Map<VehicleType, Double> speedsKmh) {
        if (!(detourFactor >= 1) || Double.isInfinite(detourFactor)) {
            throw new IllegalArgumentException("detourFactor must be at least 1, was " + detourFactor);
        }
        Objects.requireNonNull(speedsKmh, "speedsKmh must not be null");
        Map<VehicleType, Double> speeds = new EnumMap<>(VehicleType.class);
        for (VehicleType type : VehicleType.values()) {
            speeds.put(type, defaultSpeedKmh(type));
        }
        speedsKmh.forEach((type, speed) -> {
            if (speed == null || !(speed > 0) || speed.isInfinite()) {
                throw new IllegalArgumentException("speed of " + type + " must be positive, was " + speed);
            }
            speeds.put(Objects.requireNonNull(type, "vehicle type must not be null"), speed);
        });
        this.detourFactor = detourFactor;
        this.speedsKmh = speeds;
    }

    /** Average urban speed of a mode in km/h, stops and traffic included. */
    public static double defaultSpeedKmh(VehicleType type) {
        return switch (Objects.requireNonNull(type, "type must not be null")) {
            case VAN, AUTONOMOUS_VAN -> 30;
            case TRUCK -> 25;
            case CARGO_BIKE, BIKE -> 15;
            case E_BIKE -> 18;
            case E_SCOOTER -> 20;
            case MULTIROTOR_DRONE -> 50;
            case FIXED_WING_DRONE -> 80;
            case DELIVERY_ROBOT -> 5;
        };
    }

    @Override
    public TravelLeg leg(GeoPoint from, GeoPoint to, TravelProfile profile) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        Objects.requireNonNull(profile, "profile must not be null");
        double meters = from.distanceMetersTo(to) * detourFactor(profile.type());
        double speedKmh = profile.hasSpeedOverride() ? profile.speedKmh() : speedsKmh.get(profile.type());
        double seconds = Math.round(meters / (speedKmh / 3.6));
        return new TravelLeg(meters, seconds);
    }

    /** The factor applied to the straight-line distance for a mode. */
    public double detourFactor(VehicleType type) {
        return FLYING.contains(type) ? 1.0 : detourFactor;
    }
}
