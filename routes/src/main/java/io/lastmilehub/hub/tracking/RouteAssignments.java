package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.hub.planning.StoredPlans;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.tracking.RouteAssignment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the route a vehicle drives: its route in the newest plan of its tenant that has one, driven in its depot's
 * rush hours.
 */
@Component
public class RouteAssignments {

    /** How many recent plans are searched for the vehicle. */
    private static final int RECENT_PLANS = 20;

    private final StoredPlans plans;
    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final FleetRegistry fleets;

    public RouteAssignments(StoredPlans plans, OrderRepository orders, OrderDocuments documents,
                            FleetRegistry fleets) {
        this.plans = plans;
        this.orders = orders;
        this.documents = documents;
        this.fleets = fleets;
    }

    @Transactional(readOnly = true)
    public Optional<RouteAssignment> forVehicle(String tenant, String vehicleId) {
        for (Plan plan : plans.recent(tenant, RECENT_PLANS)) {
            Optional<Route> route = plan.getRoutes().stream().filter(r -> vehicleId.equals(r.getVehicleId()))
                    .findFirst();
            if (route.isPresent()) {
                return Optional.of(assignment(tenant, plan, route.get()));
            }
        }
        return Optional.empty();
    }

    private RouteAssignment assignment(String tenant, Plan plan, Route route) {
        Map<String, DeliveryOrder> byId = route.getStops().stream().map(Stop::getOrderId)
                .map(id -> orders.findByIdAndTenant(id, tenant).map(documents::read))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(DeliveryOrder::getId, Function.identity()));
        Depot depot = fleets.fleetOf(tenant).depot(plan.getDepotId()).orElse(null);
        return new RouteAssignment(plan.getId(), plan.getDepotId(), depot == null ? null : depot.getLocation(),
                route, byId, RushHourTraffic.of(depot));
    }
}
