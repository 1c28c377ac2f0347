package io.lastmilehub.planning;

import io.lastmilehub.model.GeoPoint;

import java.time.Instant;
import java.util.List;

/**
 * Where a vehicle under way is and what it is committed to.
 *
 * @param vehicleId     the vehicle
 * @param position      where it is now (or will be free: the stop it is serving)
 * @param availableFrom when it can leave there
 * @param fixedOrderIds orders dispatched to it and not yet served, in the order it will serve them; they stay on
 *                      this vehicle in this order (new stops may go between them). Served orders are left out of
 *                      the request altogether.
 */
public record VehicleProgress(String vehicleId, GeoPoint position, Instant availableFrom,
                              List<String> fixedOrderIds) {

    /** @throws IllegalArgumentException naming the missing part */
    public VehicleProgress {
        Checks.notBlank(vehicleId, "vehicleId");
        Checks.notNull(position, "position of " + vehicleId);
        Checks.notNull(availableFrom, "availableFrom of " + vehicleId);
        fixedOrderIds = List.copyOf(Checks.notNull(fixedOrderIds, "fixedOrderIds of " + vehicleId));
    }
}
