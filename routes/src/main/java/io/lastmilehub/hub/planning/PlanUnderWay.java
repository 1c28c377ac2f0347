package io.lastmilehub.hub.planning;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.planning.CurrentRoutes;
import io.lastmilehub.planning.VehicleProgress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The newest plan of a depot's day as the routes under way, from its orders' statuses: served orders (DELIVERED,
 * FAILED_ATTEMPT) are done and left out; dispatched ones (DISPATCHED, OUT_FOR_DELIVERY, ARRIVING) stay on their
 * vehicle in plan order; PLANNED ones may move (a re-plan) or stay too (a dispatch, which re-solves nothing); any
 * other status (cancelled, returned, an exception) takes the order off the plan. Each vehicle of the depot is where
 * its devices last saw it, else at its last served stop, else at the depot, and free from now on.
 */
public final class PlanUnderWay {

    private static final Set<DeliveryStatus> SERVED = EnumSet.of(DeliveryStatus.DELIVERED,
            DeliveryStatus.FAILED_ATTEMPT);
    private static final Set<DeliveryStatus> DISPATCHED = EnumSet.of(DeliveryStatus.DISPATCHED,
            DeliveryStatus.OUT_FOR_DELIVERY, DeliveryStatus.ARRIVING);

    private final CurrentRoutes current;
    private final List<String> fixedOrderIds;
    private final List<String> movableOrderIds;

    private PlanUnderWay(CurrentRoutes current, List<String> fixedOrderIds, List<String> movableOrderIds) {
        this.current = current;
        this.fixedOrderIds = List.copyOf(fixedOrderIds);
        this.movableOrderIds = List.copyOf(movableOrderIds);
    }

    /**
     * @param plan        the newest plan of the depot's day
     * @param statuses    the status of each order of the plan now (an order missing here is off the plan)
     * @param vehicles    the depot's vehicles (those without a route in the plan wait at the depot)
     * @param depot       where the depot is
     * @param positions   a vehicle's last reported position, if any
     * @param now         the moment of the re-plan: every vehicle is free from then on
     * @param keepPlanned whether PLANNED orders stay where they are too (dispatch) or may move (re-plan)
     */
    public static PlanUnderWay of(Plan plan, Map<String, DeliveryStatus> statuses, List<Vehicle> vehicles,
                                  GeoPoint depot, Function<String, Optional<GeoPoint>> positions, Instant now,
                                  boolean keepPlanned) {
        Map<String, Route> routes = new HashMap<>();
        plan.getRoutes().forEach(route -> routes.put(route.getVehicleId(), route));
        List<VehicleProgress> progress = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        List<String> movable = new ArrayList<>();
        for (Vehicle vehicle : vehicles) {
            GeoPoint lastServed = depot;
            List<String> kept = new ArrayList<>();
            for (Stop stop : Optional.ofNullable(routes.get(vehicle.getId())).map(Route::getStops).orElse(List.of())) {
                DeliveryStatus status = statuses.get(stop.getOrderId());
                if (status == null) {
                    continue;
                }
                if (SERVED.contains(status)) {
                    lastServed = stop.getLocation() != null ? stop.getLocation() : lastServed;
                } else if (DISPATCHED.contains(status) || (keepPlanned && status == DeliveryStatus.PLANNED)) {
                    kept.add(stop.getOrderId());
                } else if (status == DeliveryStatus.PLANNED) {
                    movable.add(stop.getOrderId());
                }
            }
            fixed.addAll(kept);
            progress.add(new VehicleProgress(vehicle.getId(), positions.apply(vehicle.getId()).orElse(lastServed),
                    now, kept));
        }
        return new PlanUnderWay(new CurrentRoutes(progress), fixed, movable);
    }

    /** Where each vehicle of the depot is, from when it is free, and the stops it keeps. */
    public CurrentRoutes current() {
        return current;
    }

    /** Orders that stay on their vehicle, in route order per vehicle. */
    public List<String> fixedOrderIds() {
        return fixedOrderIds;
    }

    /** Orders of the plan still to serve that the re-plan may move to another vehicle or place. */
    public List<String> movableOrderIds() {
        return movableOrderIds;
    }

    /** Every order of the plan still to serve. */
    public List<String> openOrderIds() {
        List<String> open = new ArrayList<>(fixedOrderIds);
        open.addAll(movableOrderIds);
        return open;
    }
}
