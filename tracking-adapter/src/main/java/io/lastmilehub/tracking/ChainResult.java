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
 */
public record ChainResult(Optional<TrackedPosition> position, String dropReason,
                          List<DeliveryStatusEvent> statusEvents, List<GeofenceEvent> geofenceEvents) {

    /** Copies the lists. */
    public ChainResult {
        statusEvents = List.copyOf(statusEvents);
        geofenceEvents = List.copyOf(geofenceEvents);
    }
}
