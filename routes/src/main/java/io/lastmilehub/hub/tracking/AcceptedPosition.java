package io.lastmilehub.hub.tracking;

import io.lastmilehub.tracking.DeviceBindings;
import io.lastmilehub.tracking.DeviceReport;
import io.lastmilehub.tracking.TrackedPosition;

/**
 * A position the tracking chain accepted, as it is stored: the device's last position and its vehicle's day.
 *
 * @param device       the device as it is bound (tenant and vehicle)
 * @param report       the report it came from (the device's own counters)
 * @param position     the position with what the chain measured
 * @param positionJson the position's canonical JSON, as stored and published
 */
public record AcceptedPosition(DeviceBindings.Binding device, DeviceReport report, TrackedPosition position,
                               String positionJson) {
}
