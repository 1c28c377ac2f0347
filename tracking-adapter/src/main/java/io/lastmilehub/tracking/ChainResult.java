package io.lastmilehub.tracking;

import io.lastmilehub.model.DeliveryStatusEvent;

import java.util.List;
import java.util.Optional;

/**
 * What the chain made of one report.
 *
 * @param position       the accepted position, or empty when a handler dropped it (or the report had no fix)
 * @param dropReason     why it was dropped, or {@code null}
 * @param statusEvents   canonical status events to publish, in the order raised
 * @param geofenceEvents geofence passages, in the order raised
 * @param outOfOrder     whether it was dropped for being older than the device's last fix
 */
public record ChainResult(Optional<TrackedPosition> position, String dropReason,
                          List<DeliveryStatusEvent> statusEvents, List<GeofenceEvent> geofenceEvents,
                          boolean outOfOrder) {

    /** Copies the lists. */
    public ChainResult {
        statusEvents = List.copyOf(statusEvents);
        geofenceEvents = List.copyOf(geofenceEvents);
    }

    /** A result that was not dropped for being out of order. */
    public ChainResult(Optional<TrackedPosition> position, String dropReason, List<DeliveryStatusEvent> statusEvents,
                       List<GeofenceEvent> geofenceEvents) {
        this(position, dropReason, statusEvents, geofenceEvents, false);
    }
}
