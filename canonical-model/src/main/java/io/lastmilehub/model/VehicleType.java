package io.lastmilehub.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Delivery modes the hub plans for.
 */
@XmlEnum
@XmlType(name = "VehicleType")
public enum VehicleType {
    /** Light commercial vehicle. */
    VAN,
    /** Rigid truck. */
    TRUCK,
    /** Cargo bike, pedal or assisted. */
    CARGO_BIKE,
    /** Electric bike with a box. */
    E_BIKE,
    /** Bicycle courier. */
    BIKE,
    /** Electric scooter or moped. */
    E_SCOOTER,
    /** Multirotor drone: short range, back to base after each drop. */
    MULTIROTOR_DRONE,
    /** Fixed-wing drone: longer range, drop only. */
    FIXED_WING_DRONE,
    /** Sidewalk delivery robot. */
    DELIVERY_ROBOT,
    /** Driverless road vehicle. */
    AUTONOMOUS_VAN;

    /**
     * Whether the mode emits nothing at the tailpipe, as reporting counts it when a vehicle does not say: pedal, battery
     * and rotor modes do; vans and trucks, which come with engines of every kind, do not unless the vehicle says so.
     */
    public boolean isZeroEmission() {
        return switch (this) {
            case VAN, TRUCK, AUTONOMOUS_VAN -> false;
            default -> true;
        };
    }
}
