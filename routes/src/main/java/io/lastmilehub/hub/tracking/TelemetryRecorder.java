package io.lastmilehub.hub.tracking;

import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.tracking.DeviceReport;
import io.lastmilehub.tracking.TrackedPosition;

/**
 * Keeps what reporting counts of the telemetry: the positions the chain accepted (distance, odometer, fuel, speed)
 * and the exceptions it raised (delays, cold-chain excursions), which change no order's status and so are not in
 * the order's history. An interface here so that tracking need not depend on reporting.
 */
public interface TelemetryRecorder {

    /** A position of the tenant's vehicle that the chain accepted, with the report it came from. */
    void positionAccepted(String tenant, String vehicleId, DeviceReport report, TrackedPosition position);

    /** An EXCEPTION event the chain raised. */
    void exceptionRaised(DeliveryStatusEvent event);
}
