package io.lastmilehub.planning.travel;

import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleType;

import java.util.Locale;
import java.util.Objects;

/**
 * How a vehicle moves, as far as travel times are concerned: its mode and, optionally, its own average speed.
 * Vehicles with the same profile share one distance/time matrix.
 *
 * @param type     the delivery mode, never null
 * @param speedKmh the vehicle's own average speed in km/h, or 0 for the mode's default
 */
public record TravelProfile(VehicleType type, double speedKmh) {

    /** @throws IllegalArgumentException if type is null or the speed is negative or not finite */
    public TravelProfile {
        Objects.requireNonNull(type, "type must not be null");
        if (!(speedKmh >= 0) || Double.isInfinite(speedKmh)) {
            throw new IllegalArgumentException("speedKmh must be 0 (mode default) or positive, was " + speedKmh);
        }
    }

    /** The profile of a model vehicle: its type and its speed override. */
    public static TravelProfile of(Vehicle vehicle) {
        Objects.requireNonNull(vehicle, "vehicle must not be null");
        return new TravelProfile(vehicle.getType(), vehicle.getSpeedKmh());
    }

    /** The profile of a mode at its default speed. */
    public static TravelProfile of(VehicleType type) {
        return new TravelProfile(type, 0);
    }

    /** True when the vehicle sets its own speed rather than using the mode's default. */
    public boolean hasSpeedOverride() {
        return speedKmh > 0;
    }

    /** A stable, readable key, e.g. {@code VAN} or {@code CARGO_BIKE@18.0}; used as the jsprit vehicle profile. */
    public String key() {
        return hasSpeedOverride() ? type.name() + "@" + String.format(Locale.ROOT, "%.3f", speedKmh) : type.name();
    }
}
