package io.lastmilehub.tracking;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the chain remembers about one device between positions: its binding, its route, the last accepted
 * position, the geofence phases and which alerts are already raised. One instance per device; not thread-safe,
 * so the caller processes one device's positions one at a time (e.g. an Artemis message group per device).
 */
public final class DeviceState {

    private final String tenant;
    private final String vehicleId;
    private RouteAssignment assignment;
    private TrackedPosition last;
    private final Map<String, FenceVisit> fences = new HashMap<>();
    private final Set<Integer> completedStops = new HashSet<>();
    private final Set<String> delayedOrders = new HashSet<>();
    private final Set<String> excursionOrders = new HashSet<>();
    private boolean outForDelivery;

    /** The state of a device bound to a tenant and a vehicle. */
    public DeviceState(String tenant, String vehicleId) {
        this.tenant = tenant;
        this.vehicleId = vehicleId;
    }

    /** The phase of a vehicle at one geofence; {@code enteredAt} is when it came inside the arrival radius. */
    record FenceVisit(Phase phase, Instant enteredAt, boolean arrivingRaised) {
    }

    /** Where the vehicle is relative to a geofence. */
    enum Phase {
        OUTSIDE, INSIDE, ARRIVED
    }

    public String tenant() {
        return tenant;
    }

    public String vehicleId() {
        return vehicleId;
    }

    /** Gives the device its route (or none); forgets the previous route's stops, fences and alerts. */
    public void assign(RouteAssignment value) {
        this.assignment = value;
        fences.clear();
        completedStops.clear();
        delayedOrders.clear();
        excursionOrders.clear();
        outForDelivery = false;
    }

    public Optional<RouteAssignment> assignment() {
        return Optional.ofNullable(assignment);
    }

    /** The last position the chain accepted. */
    public Optional<TrackedPosition> last() {
        return Optional.ofNullable(last);
    }

    void accept(TrackedPosition position) {
        this.last = position;
    }

    /**
     * Carries on from a position accepted elsewhere (by another hub instance, or before a restart), so that the next
     * report is checked against it for order, distance and motion. Kept only when it is newer than the last one here.
     */
    public void resume(TrackedPosition position) {
        if (last == null || position.position().getTime().isAfter(last.position().getTime())) {
            this.last = position;
        }
    }

    FenceVisit fence(String fenceId) {
        return fences.getOrDefault(fenceId, new FenceVisit(Phase.OUTSIDE, null, false));
    }

    void fence(String fenceId, FenceVisit visit) {
        fences.put(fenceId, visit);
    }

    /** Whether the vehicle has departed from the stop. */
    public boolean isCompleted(int sequence) {
        return completedStops.contains(sequence);
    }

    void complete(int sequence) {
        completedStops.add(sequence);
    }

    /** Instant the vehicle arrived at a stop it has not yet left. */
    Optional<Instant> arrivedAt(int sequence) {
        FenceVisit visit = fences.get("stop:" + sequence);
        return visit != null && visit.phase() == Phase.ARRIVED ? Optional.of(visit.enteredAt()) : Optional.empty();
    }

    Set<String> delayedOrders() {
        return delayedOrders;
    }

    Set<String> excursionOrders() {
        return excursionOrders;
    }

    boolean isOutForDelivery() {
        return outForDelivery;
    }

    void markOutForDelivery() {
        outForDelivery = true;
    }
}
