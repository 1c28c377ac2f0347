package io.lastmilehub.tracking;

import io.lastmilehub.model.GeoPoint;

import java.time.Instant;

/**
 * A vehicle's passage through the geofence around a stop or a depot.
 *
 * @param type     what happened
 * @param fenceId  {@code stop:<sequence>} or {@code depot:<id>}
 * @param sequence the stop's sequence, or {@code null} for the depot
 * @param orderId  the stop's order, or {@code null}
 * @param time     the time of the position that caused it
 * @param location where the vehicle was
 */
public record GeofenceEvent(Type type, String fenceId, Integer sequence, String orderId, Instant time,
                            GeoPoint location) {

    /** The phases of a visit. */
    public enum Type {
        /** Within the approach radius of a stop. */
        ARRIVING,
        /** Inside the arrival radius for at least the dwell time. */
        ARRIVED,
        /** Left the fence after having arrived. */
        DEPARTED
    }
}
