package io.lastmilehub.hub.orders;

import io.lastmilehub.model.Address;
import io.lastmilehub.model.GeoPoint;

/**
 * Body of {@code PUT /api/v1/orders/{id}/ship-to}: a corrected address (geocoded again), coordinates (used as they
 * are), or both.
 */
public record ShipToCorrection(Address address, GeoPoint location) {
}
