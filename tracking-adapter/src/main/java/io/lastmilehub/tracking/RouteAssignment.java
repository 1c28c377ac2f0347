package io.lastmilehub.tracking;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The route a tracked vehicle drives today, with what the handlers need to know about it.
 *
 * @param planId        the plan the route belongs to
 * @param depotId       the depot the route starts from and returns to
 * @param depotLocation where the depot is, or {@code null} when unknown (no depot geofence then)
 * @param route         the planned route
 * @param orders        the route's orders by id (time windows, parcels, references)
 * @param traffic       the depot's rush hours, which the rest of the route is driven in
 */
public record RouteAssignment(String planId, String depotId, GeoPoint depotLocation, Route route,
                              Map<String, DeliveryOrder> orders, LiveTraffic traffic) {

    /**
     * Checks and copies, the route's stops put in driving order once: every position walks them several times (ETAs,
     * geofences, delays), and sorting them at each walk was the largest part of a position's ETA work.
     */
    public RouteAssignment {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(traffic, "traffic");
        orders = Map.copyOf(orders);
        List<Stop> inOrder = route.getStops().stream().sorted(Comparator.comparingInt(Stop::getSequence)).toList();
        if (!inOrder.equals(route.getStops())) {
            route = route.toBuilder().clearStops().stops(inOrder).buildUnvalidated();
        }
    }

    /** A route driven at free flow all day. */
    public RouteAssignment(String planId, String depotId, GeoPoint depotLocation, Route route,
                           Map<String, DeliveryOrder> orders) {
        this(planId, depotId, depotLocation, route, orders, LiveTraffic.FREE_FLOW);
    }

    /** Whether another look-up found the same route: the same plan's route with the same stops. */
    public boolean isSameRouteAs(RouteAssignment other) {
        return Objects.equals(planId, other.planId) && route.equals(other.route);
    }

    /** The stops in driving order. */
    public List<Stop> stops() {
        return route.getStops();
    }

    /** The order served at a stop, if known. */
    public Optional<DeliveryOrder> order(String orderId) {
        return orderId == null ? Optional.empty() : Optional.ofNullable(orders.get(orderId));
    }
}
