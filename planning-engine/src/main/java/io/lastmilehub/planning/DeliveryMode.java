package io.lastmilehub.planning;

import io.lastmilehub.model.VehicleType;

import java.util.Objects;

/**
 * What a delivery mode can do, where the vehicle itself does not say: its payload and range defaults, whether it
 * flies back to base after every stop (drones: one order per trip, payload and range per trip) and whether a
 * person is on board (only then do a driver's skills, such as age check or two-person lift, count).
 *
 * <p>The defaults apply when the vehicle's capacity weight or range is 0; a vehicle that states its own wins.
 * Speeds per mode are the travel-time provider's ({@code GreatCircleTravelTimes#defaultSpeedKmh}).
 *
 * @param type       the mode
 * @param crewed     a person rides along; uncrewed modes ignore drivers
 * @param backToBase returns to its depot after every stop (a trip per order)
 * @param payloadKg  default payload (per trip when back to base), 0 for none
 * @param rangeKm    default range (per trip when back to base), 0 for none
 */
public record DeliveryMode(VehicleType type, boolean crewed, boolean backToBase, double payloadKg, double rangeKm) {

    /** The limits of a mode. */
    public static DeliveryMode of(VehicleType type) {
        return switch (Objects.requireNonNull(type, "type must not be null")) {
            case VAN -> new DeliveryMode(type, true, false, 0, 0);
            case TRUCK -> new DeliveryMode(type, true, false, 0, 0);
            case CARGO_BIKE -> new DeliveryMode(type, true, false, 150, 50);
            case E_BIKE -> new DeliveryMode(type, true, false, 40, 60);
            case BIKE -> new DeliveryMode(type, true, false, 15, 0);
            case E_SCOOTER -> new DeliveryMode(type, true, false, 25, 50);
            case MULTIROTOR_DRONE -> new DeliveryMode(type, false, true, 2.5, 15);
            case FIXED_WING_DRONE -> new DeliveryMode(type, false, true, 5, 80);
            case DELIVERY_ROBOT -> new DeliveryMode(type, false, false, 20, 8);
            case AUTONOMOUS_VAN -> new DeliveryMode(type, false, false, 0, 0);
        };
    }
}
