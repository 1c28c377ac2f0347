package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.Unassigned;
import io.lastmilehub.model.UnassignedReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts the plan together: one route per used vehicle in fleet order, the unassigned orders in request order, and
 * the cost summary as the sum of the routes. Every order of the request ends up on a route or in the unassigned
 * list; an order the solver lost (which it should never do) is listed as {@link UnassignedReason#NOT_SOLVED}.
 */
final class PlanAssembler {

    private static final Logger LOG = LoggerFactory.getLogger(PlanAssembler.class);

    private final PlanningContext context;
    private final Clock clock;

    PlanAssembler(PlanningContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    /**
     * @param solution   jsprit's best solution, or null when nothing was solved
     * @param unassigned reasons by order id, from the pre-check and the solver
     */
    Plan assemble(VehicleRoutingProblemSolution solution, Map<String, Unassigned> unassigned) {
        List<PricedRoute> routes = solution == null ? List.of() : routesOf(solution);
        List<Unassigned> left = unassignedInRequestOrder(routes, unassigned);
        PlanningRequest request = context.request();
        return Plan.builder().id(request.planId()).tenant(request.tenant()).depotId(request.depot().getId())
                .createdAt(clock.instant()).routes(routes.stream().map(PricedRoute::route).toList())
                .unassigned(left).cost(summaryOf(routes, left.size())).build();
    }

    private List<PricedRoute> routesOf(VehicleRoutingProblemSolution solution) {
        RouteAssembler assembler = new RouteAssembler(context);
        Map<String, Integer> fleetOrder = context.vehicles().stream()
                .collect(Collectors.toMap(FleetVehicle::id, v -> context.vehicles().indexOf(v)));
        return solution.getRoutes().stream().filter(route -> !route.isEmpty()).map(assembler::assemble)
                .sorted(Comparator.comparing(priced -> fleetOrder.get(priced.route().getVehicleId())))
                .toList();
    }

    private List<Unassigned> unassignedInRequestOrder(List<PricedRoute> routes, Map<String, Unassigned> unassigned) {
        Set<String> planned = plannedOrderIds(routes.stream().map(PricedRoute::route).toList());
        return context.orders().stream().map(OrderNeeds::id).filter(id -> !planned.contains(id))
                .map(id -> unassigned.containsKey(id) ? unassigned.get(id) : lost(id)).toList();
    }

    private Unassigned lost(String orderId) {
        LOG.error("plan {}: order {} is neither on a route nor unassigned in the solver's solution",
                context.request().planId(), orderId);
        return Unassigned.builder().orderId(orderId).reasonCode(UnassignedReason.NOT_SOLVED)
                .reason("missing from the solver's solution").build();
    }

    /** Orders with a stop on a route (a pickup-and-delivery pair has two stops, breaks have none). */
    private static Set<String> plannedOrderIds(List<Route> routes) {
        Set<String> planned = new HashSet<>();
        routes.forEach(route -> route.getStops().stream().map(Stop::getOrderId).filter(Objects::nonNull)
                .forEach(planned::add));
        return planned;
    }

    private CostSummary summaryOf(List<PricedRoute> routes, int unassigned) {
        LegCost variable = routes.stream().map(PricedRoute::variable).reduce(LegCost.ZERO, LegCost::plus);
        double fixed = routes.stream().mapToDouble(PricedRoute::fixedCost).sum();
        List<Route> plain = routes.stream().map(PricedRoute::route).toList();
        int planned = plannedOrderIds(plain).size();
        double total = fixed + variable.total();
        UnoptimisedBaseline.Driven unoptimised = UnoptimisedBaseline.of(context, routes);
        PlanningRequest request = context.request();
        return CostSummary.builder().planId(request.planId()).tenant(request.tenant())
                .depotId(request.depot().getId()).currency(request.currency())
                .fixedCost(fixed).distanceCost(variable.distanceCost()).timeCost(variable.timeCost())
                .energyCost(variable.energyCost()).stopCost(variable.stopCost()).totalCost(total)
                .distanceMeters(plain.stream().mapToDouble(Route::getDistanceMeters).sum())
                .durationSeconds(plain.stream().mapToLong(Route::getDurationSeconds).sum())
                .drivingSeconds(Math.round(routes.stream().mapToDouble(PricedRoute::driving).sum()))
                .unoptimisedDistanceMeters(unoptimised.meters())
                .unoptimisedDrivingSeconds(Math.round(unoptimised.seconds()))
                .co2Grams(variable.co2Grams()).vehicles(plain.size())
                .ordersPlanned(planned).ordersUnassigned(unassigned)
                .costPerOrder(planned == 0 ? 0 : total / planned)
                .co2GramsPerOrder(planned == 0 ? 0 : variable.co2Grams() / planned).build();
    }
}
