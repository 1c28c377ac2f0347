package io.lastmilehub.hub.orders;

import java.util.List;

/**
 * The orders booked with a carrier under a tracking number, as the carrier feature records its bookings; an interface
 * here so that orders need not depend on carriers (which depends on orders).
 */
public interface BookedTrackingNumbers {

    /** Ids of the tenant's orders a carrier booked under this tracking number. */
    List<String> orderIds(String tenant, String trackingNumber);
}
