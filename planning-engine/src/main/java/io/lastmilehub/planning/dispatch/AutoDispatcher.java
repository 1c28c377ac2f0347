package io.lastmilehub.planning.dispatch;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.planning.CurrentRoutes;
import io.lastmilehub.planning.PlanningEngine;
import io.lastmilehub.planning.PlanningRequest;
import io.lastmilehub.planning.VehicleProgress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Dispatches one on-demand order into the routes under way without re-solving them: tier by tier (e.g. own fleet,
 * then contractors, then a 3PL carrier), the candidates of the tier are the vehicles of its ownership near enough to
 * the order ({@link DispatchRules#maxDistanceKm()}) and not fully loaded with work
 * ({@link DispatchRules#maxStopsPerVehicle()}); the order goes to the cheapest feasible insertion among them, every
 * stop already dispatched staying where it is ({@link PlanningEngine#replan}, one search iteration: with every other
 * stop fixed that is exactly a cheapest insertion). Availability is the solver's: a vehicle whose shift (or
 * driver's) has ended, or that cannot be there in a time window, takes nothing. The first tier that takes the order
 * wins; a carrier tier takes whatever reaches it.
 *
 * <p>Example: own van A is 1 km away with 3 stops left, own van B 6 km away with 1, contractor C idle at the depot.
 * The order goes into A or B, whichever insertion costs less; to C only if neither can take it in time.
 */
public final class AutoDispatcher {

    private final PlanningEngine engine;
    private final DispatchRules rules;

    public AutoDispatcher(PlanningEngine engine, DispatchRules rules) {
        this.engine = Objects.requireNonNull(engine, "engine must not be null");
        this.rules = Objects.requireNonNull(rules, "rules must not be null");
    }

    /**
     * @param underWay the fleet and every order still to serve on the routes under way (fixed in {@code current})
     * @param current  where the vehicles under way are; vehicles not in it wait at their depot from {@code now}
     * @param order    the new order, not in {@code underWay}
     * @param now      the time of dispatch
     * @return the tier and vehicle (with its new route and the added cost) or carrier, or why nobody took it
     */
    public DispatchDecision dispatch(PlanningRequest underWay, CurrentRoutes current, DeliveryOrder order,
                                     Instant now) {
        Objects.requireNonNull(order, "order must not be null");
        Objects.requireNonNull(now, "now must not be null");
        List<String> refusals = new ArrayList<>();
        for (DispatchTier tier : rules.tiers()) {
            if (tier.isCarrier()) {
                return DispatchDecision.toCarrier(order.getId(), tier.name(), tier.carrier());
            }
            List<VehicleProgress> candidates = candidates(underWay, current, tier, order, now);
            if (candidates.isEmpty()) {
                refusals.add(tier.name() + ": no vehicle near enough and with room for more work");
                continue;
            }
            Attempt attempt = insert(underWay, candidates, tier, order);
            if (attempt.decision() != null) {
                return attempt.decision();
            }
            refusals.add(tier.name() + ": " + attempt.refusal());
        }
        return DispatchDecision.unassigned(order.getId(), String.join("; ", refusals));
    }

    private List<VehicleProgress> candidates(PlanningRequest underWay, CurrentRoutes current, DispatchTier tier,
                                             DeliveryOrder order, Instant now) {
        Map<String, Depot> depots = underWay.allDepots().stream()
                .collect(Collectors.toMap(Depot::getId, Function.identity()));
        GeoPoint firstStop = firstStopOf(order);
        List<VehicleProgress> candidates = new ArrayList<>();
        for (Vehicle vehicle : underWay.vehicles()) {
            if (vehicle.getOwnership() != tier.ownership()) {
                continue;
            }
            VehicleProgress progress = current.of(vehicle.getId()).orElseGet(() -> new VehicleProgress(
                    vehicle.getId(), depots.get(vehicle.getDepotId()).getLocation(), now, List.of()));
            boolean near = rules.maxDistanceKm() == 0 || firstStop == null
                    || progress.position().distanceMetersTo(firstStop) <= rules.maxDistanceKm() * 1000;
            boolean room = rules.maxStopsPerVehicle() == 0
                    || progress.fixedOrderIds().size() < rules.maxStopsPerVehicle();
            if (near && room) {
                candidates.add(progress);
            }
        }
        return candidates;
    }

    /** The cheapest insertion into the candidates' routes, or why there is no feasible one. */
    private Attempt insert(PlanningRequest underWay, List<VehicleProgress> candidates, DispatchTier tier,
                           DeliveryOrder order) {
        CurrentRoutes routes = new CurrentRoutes(candidates);
        Plan after = engine.replan(restrictedTo(underWay, candidates, List.of(order)), routes);
        Optional<Route> chosen = after.getRoutes().stream()
                .filter(route -> route.getStops().stream().anyMatch(stop -> order.getId().equals(stop.getOrderId())))
                .findFirst();
        if (chosen.isEmpty()) {
            return new Attempt(null, after.getUnassigned().stream().filter(u -> order.getId().equals(u.getOrderId()))
                    .map(u -> u.getReasonCode() + " (" + u.getReason() + ")").findFirst()
                    .orElse("no feasible insertion"));
        }
        Route route = chosen.get();
        double costBefore = engine.replan(restrictedTo(underWay, candidates, List.of()), routes).getRoutes().stream()
                .filter(r -> r.getVehicleId().equals(route.getVehicleId())).mapToDouble(Route::getCost).sum();
        return new Attempt(DispatchDecision.toVehicle(order.getId(), tier.name(), route,
                route.getCost() - costBefore), null);
    }

    /** A tier's outcome: a decision, or why the tier refused. */
    private record Attempt(DispatchDecision decision, String refusal) {
    }

    /** The candidates with their fixed orders, plus the extra orders, searched by insertion only. */
    private static PlanningRequest restrictedTo(PlanningRequest underWay, List<VehicleProgress> candidates,
                                                List<DeliveryOrder> extra) {
        Set<String> vehicleIds = candidates.stream().map(VehicleProgress::vehicleId).collect(Collectors.toSet());
        Set<String> fixed = new HashSet<>();
        candidates.forEach(progress -> fixed.addAll(progress.fixedOrderIds()));
        List<DeliveryOrder> orders = new ArrayList<>(underWay.orders().stream()
                .filter(o -> fixed.contains(o.getId())).toList());
        orders.addAll(extra);
        return underWay.withVehicles(underWay.vehicles().stream().filter(v -> vehicleIds.contains(v.getId()))
                        .toList()).withOrders(orders)
                .withOptions(underWay.options().toBuilder().maxIterations(1).build());
    }

    private static GeoPoint firstStopOf(DeliveryOrder order) {
        if (order.getPickupFrom() != null) {
            return order.getPickupFrom().getLocation();
        }
        return order.getShipTo() == null ? null : order.getShipTo().getLocation();
    }
}
