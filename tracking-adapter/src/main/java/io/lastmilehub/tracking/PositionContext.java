package io.lastmilehub.tracking;

import io.lastmilehub.model.DeliveryStatusEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a handler may use while one position runs through the chain: the clock, the device's state and route,
 * and the sinks for the events it raises and for the reason it drops the position.
 */
public final class PositionContext {

    private final Clock clock;
    private final DeviceState state;
    private final List<DeliveryStatusEvent> statusEvents = new ArrayList<>();
    private final List<GeofenceEvent> geofenceEvents = new ArrayList<>();
    private String dropReason;
    private boolean outOfOrder;

    PositionContext(Clock clock, DeviceState state) {
        this.clock = clock;
        this.state = state;
    }

    /** The hub's current time. */
    public Instant now() {
        return clock.instant();
    }

    public DeviceState state() {
        return state;
    }

    /** The route of the device, if it has one. */
    public Optional<RouteAssignment> assignment() {
        return state.assignment();
    }

    /** Raises a canonical status event. */
    public void emit(DeliveryStatusEvent event) {
        statusEvents.add(event);
    }

    /** Raises a geofence event. */
    public void emit(GeofenceEvent event) {
        geofenceEvents.add(event);
    }

    /** Records why the position is dropped; returns empty for the handler to return. */
    public Optional<TrackedPosition> drop(String reason) {
        this.dropReason = reason;
        return Optional.empty();
    }

    /**
     * Drops a fix older than the device's last one (a device replaying its buffer, two devices on one vehicle): the
     * hub counts and logs these, since a device that keeps sending them is misconfigured or its clock is wrong.
     */
    public Optional<TrackedPosition> dropOutOfOrder(String reason) {
        this.outOfOrder = true;
        return drop(reason);
    }

    boolean outOfOrder() {
        return outOfOrder;
    }

    List<DeliveryStatusEvent> statusEvents() {
        return statusEvents;
    }

    List<GeofenceEvent> geofenceEvents() {
        return geofenceEvents;
    }

    String dropReason() {
        return dropReason;
    }
}
