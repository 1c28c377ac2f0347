package io.lastmilehub.hub.planning;

import io.lastmilehub.model.GeoPoint;

import java.util.Optional;

/** Where vehicles are, as their devices last reported (the tracking side knows). */
public interface VehiclePositions {

    /** The vehicle's last known position; empty when no device of it has reported. */
    Optional<GeoPoint> latest(String tenant, String vehicleId);
}
