package io.lastmilehub.hub.tracking;

import io.lastmilehub.model.GeoPoint;

import java.time.Instant;

/**
 * The live ETA of one order from a position of the vehicle that serves it: an entry of the {@link EtaChanges}
 * published on {@code lastmile.eta} when it moved enough.
 *
 * @param tenant          the order's tenant
 * @param orderId         the order
 * @param planId          the plan whose route the vehicle drives
 * @param vehicleId       the vehicle
 * @param stopSequence    the order's stop on the route, from 1
 * @param stopsBefore     how many stops with orders the vehicle still serves before this one
 * @param plannedEta      the plan's arrival, or {@code null}
 * @param eta             the estimated arrival from the live position
 * @param delaySeconds    how much later than planned (negative: earlier)
 * @param vehicleLocation where the vehicle was
 * @param positionTime    when it was there (device time)
 */
public record EtaUpdate(String tenant, String orderId, String planId, String vehicleId, int stopSequence,
                        int stopsBefore, Instant plannedEta, Instant eta, long delaySeconds, GeoPoint vehicleLocation,
                        Instant positionTime) {
}
