package io.lastmilehub.hub.geocoding;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.ReasonCode;

/**
 * The outcome of looking up an order's address: a point, or the reason there is none.
 *
 * @param location the point, when the address was found with enough confidence
 * @param problem  ADDRESS_NOT_FOUND or AMBIGUOUS_ADDRESS when there is no point
 * @param reason   what a dispatcher reads
 */
public record AddressResolution(GeoPoint location, ReasonCode problem, String reason) {

    static AddressResolution found(GeoPoint location, String description) {
        return new AddressResolution(location, null, description);
    }

    static AddressResolution notFound(String reason) {
        return new AddressResolution(null, ReasonCode.ADDRESS_NOT_FOUND, reason);
    }

    static AddressResolution ambiguous(String reason) {
        return new AddressResolution(null, ReasonCode.AMBIGUOUS_ADDRESS, reason);
    }

    public boolean isResolved() {
        return location != null;
    }
}
