package io.lastmilehub.hub.tracking;

import io.lastmilehub.model.GeoPoint;

import java.time.Instant;
import java.util.List;

/**
 * The live ETAs one position of a vehicle changed, published on {@code lastmile.eta} (JSON) as one message: only the
 * orders whose ETA moved enough ({@link EtaProperties}); a position that changed none publishes nothing.
 *
 * @param tenant          the vehicle's tenant
 * @param planId          the plan whose route the vehicle drives
 * @param vehicleId       the vehicle
 * @param vehicleLocation where the vehicle was
 * @param positionTime    when it was there (device time)
 * @param etas            the changed ETAs, one per order, in the order of the stops
 */
public record EtaChanges(String tenant, String planId, String vehicleId, GeoPoint vehicleLocation,
                         Instant positionTime, List<EtaUpdate> etas) {

    /** Copies the list. */
    public EtaChanges {
        etas = List.copyOf(etas);
    }

    /** The orders whose ETA changed. */
    public List<String> orderIds() {
        return etas.stream().map(EtaUpdate::orderId).toList();
    }
}
