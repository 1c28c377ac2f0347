package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.fleet.FleetOfTheDay;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.Vehicle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads the plan under way of a request's depot and day, with its orders as they stand now. */
@Component
public class PlansUnderWay {

    private static final Logger LOG = LoggerFactory.getLogger(PlansUnderWay.class);

    private final StoredPlans plans;
    private final OrderRepository orders;
    private final FleetOfTheDay fleets;
    private final VehiclePositions positions;
    private final DepotProblems problems;
    private final Clock clock;

    public PlansUnderWay(StoredPlans plans, OrderRepository orders, FleetOfTheDay fleets, VehiclePositions positions,
                         DepotProblems problems, Clock clock) {
        this.plans = plans;
        this.orders = orders;
        this.fleets = fleets;
        this.positions = positions;
        this.problems = problems;
        this.clock = clock;
    }

    /**
     * The newest plan of the request's depot and day (a request queued behind another sees the version that one
     * made, not the one its client named).
     *
     * @param keepPlanned whether PLANNED orders stay where they are (see {@link PlanUnderWay})
     * @throws InvalidMessageException when the depot has no plan for that day
     */
    public Loaded load(PlanRequestEntity request, boolean keepPlanned) {
        Depot depot = problems.depotOf(request);
        PlanEntity stored = plans.newest(request.getTenant(), depot.getId(), request.getPlanningDate())
                .orElseThrow(() -> new InvalidMessageException("basePlanId", "depot " + depot.getId()
                        + " has no plan under way for " + request.getPlanningDate()));
        Plan plan = plans.read(stored);
        List<String> ids = plan.getRoutes().stream().map(Route::getStops).flatMap(List::stream)
                .map(Stop::getOrderId).toList();
        Map<String, OrderEntity> byId = orders.findAllById(ids).stream()
                .filter(order -> order.getTenant().equals(request.getTenant()))
                .collect(Collectors.toMap(OrderEntity::getId, Function.identity()));
        Map<String, DeliveryStatus> statuses = byId.values().stream()
                .collect(Collectors.toMap(OrderEntity::getId, OrderEntity::getStatus));
        List<Vehicle> vehicles = fleets.forPlanning(request.getTenant(), depot, request.getPlanningDate())
                .vehiclesAt(depot.getId());
        PlanUnderWay underWay = PlanUnderWay.of(plan, statuses, vehicles, depot.getLocation(),
                vehicleId -> positions.latest(request.getTenant(), vehicleId), clock.instant(), keepPlanned);
        return new Loaded(stored, underWay, byId);
    }

    /**
     * The orders the request adds that are still RECEIVED at its depot; the others (planned meanwhile, cancelled)
     * are no longer the request's to place. In the order the request names them (dispatch goes one by one).
     */
    public List<OrderEntity> addedOrders(PlanRequestEntity request) {
        List<String> named = request.addedOrderIds();
        List<OrderEntity> added = orders.findAllById(named).stream()
                .filter(order -> order.getTenant().equals(request.getTenant())
                        && request.getDepotId().equals(order.getDepotId())
                        && order.getStatus() == DeliveryStatus.RECEIVED)
                .sorted(Comparator.comparingInt(order -> named.indexOf(order.getId())))
                .toList();
        if (added.size() < request.addedOrderIds().size()) {
            LOG.info("Plan request {}: of orders {} only {} are still received at depot {}", request.getId(),
                    request.addedOrderIds(), added.stream().map(OrderEntity::getId).toList(), request.getDepotId());
        }
        return added;
    }

    /**
     * @param stored   the plan under way as stored
     * @param underWay its routes as they stand
     * @param orders   its orders by id
     */
    public record Loaded(PlanEntity stored, PlanUnderWay underWay, Map<String, OrderEntity> orders) {

        /** The plan's orders still to serve, fixed ones first. */
        public List<OrderEntity> open() {
            return underWay.openOrderIds().stream().map(orders::get).toList();
        }
    }
}
