package io.lastmilehub.tracking;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the chain remembers about one device between positions: its binding, its route, the last accepted
 * position, the geofence phases and which alerts are already raised. One instance per device; not thread-safe,
 * so the caller processes one device's positions one at a time (e.g. an Artemis message group per device).
 */
public final class DeviceState {

    private static final FenceVisit NEVER_NEAR = new FenceVisit(Phase.OUTSIDE, null, false);

    private final String tenant;
    private final String vehicleId;
    private RouteAssignment assignment;
    private TrackedPosition last;
    private final Map<String, FenceVisit> fences = new HashMap<>();
    private final Set<Integer> completedStops = new HashSet<>();
    private final Set<String> delayedOrders = new HashSet<>();
    private final Set<String> excursionOrders = new HashSet<>();
    private boolean outForDelivery;
    /** What handlers derived from the route once, by the type of what they derived. */
    private final Map<Class<?>, Object> routeFacts = new HashMap<>();

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

    /**
     * Gives the device its route (or none). The same route again (the same plan's same stops, looked up anew) keeps
     * what the vehicle did on it; another route forgets the previous route's stops, fences and alerts.
     */
    public void assign(RouteAssignment value) {
        boolean sameRoute = assignment != null && value != null && assignment.isSameRouteAs(value);
        this.assignment = value;
        routeFacts.clear(); // the orders may have changed (a revised time window) even on the same route
        if (sameRoute) {
            return;
        }
        fences.clear();
        completedStops.clear();
        delayedOrders.clear();
        excursionOrders.clear();
        outForDelivery = false;
    }

    public Optional<RouteAssignment> assignment() {
        return Optional.ofNullable(assignment);
    }

    /**
     * What a handler derives from the current route, derived once per assignment rather than at every position.
     *
     * @param type   the type of what is derived, its key
     * @param derive derives it from the route
     */
    <T> T routeFacts(Class<T> type, Function<RouteAssignment, T> derive) {
        return type.cast(routeFacts.computeIfAbsent(type, key -> derive.apply(assignment)));
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

    /** The id of a stop's geofence. */
    static String stopFence(int sequence) {
        return "stop:" + sequence;
    }

    FenceVisit fence(String fenceId) {
        return fences.getOrDefault(fenceId, NEVER_NEAR);
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
        FenceVisit visit = fences.get(stopFence(sequence));
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
