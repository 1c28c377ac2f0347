package io.lastmilehub.hub.tracking;

import io.lastmilehub.model.DeliveryStatusEvent;

import java.util.List;

/**
 * Keeps what reporting counts of the telemetry: the positions the chain accepted (distance, odometer, fuel, speed)
 * and the exceptions it raised (delays, cold-chain excursions), which change no order's status and so are not in
 * the order's history. An interface here so that tracking need not depend on reporting.
 */
public interface TelemetryRecorder {

    /** Positions the chain accepted, in the order they were accepted, written in the caller's transaction. */
    void positionsAccepted(List<AcceptedPosition> positions);

    /** An EXCEPTION event the chain raised. */
    void exceptionRaised(DeliveryStatusEvent event);
}
