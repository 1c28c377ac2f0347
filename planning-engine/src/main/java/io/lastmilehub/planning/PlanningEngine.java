package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Unassigned;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.planning.travel.GreatCircleTravelTimes;
import io.lastmilehub.planning.travel.TravelTimeProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans a depot's day: canonical orders and fleet in, a {@link Plan} out, with jsprit doing the routing.
 *
 * <ol>
 *   <li>translate the request (loads, times, skills, locations) and get travel matrices from the
 *       {@link TravelTimeProvider};
 *   <li>set aside, with a specific reason, the orders no vehicle could serve even alone ({@code OrderPreCheck});
 *   <li>solve the rest with jsprit ({@link JspritSolver}); orders it leaves out get the reason it reports;
 *   <li>turn the solution into routes with stop times, distances, costs and CO2, and a cost summary.
 * </ol>
 * Every order of the request comes back either on a route or as unassigned. The engine holds no state between
 * calls; one instance can plan several depots at once on different threads.
 *
 * <p>Output documents are built with the model's validating builders, so a Jakarta Validation provider must be on
 * the class path (the application has Hibernate Validator).
 */
public final class PlanningEngine {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningEngine.class);

    private final TravelTimeProvider travelTimes;
    private final Clock clock;

    /** Great-circle travel times and the system clock. */
    public PlanningEngine() {
        this(new GreatCircleTravelTimes());
    }

    /** The given travel times and the system clock. */
    public PlanningEngine(TravelTimeProvider travelTimes) {
        this(travelTimes, Clock.systemUTC());
    }

    /**
     * @param travelTimes distances and durations between locations
     * @param clock       stamps {@link Plan#getCreatedAt()}
     */
    public PlanningEngine(TravelTimeProvider travelTimes, Clock clock) {
        this.travelTimes = Checks.notNull(travelTimes, "travelTimes");
        this.clock = Checks.notNull(clock, "clock");
    }

    /**
     * Plans the request.
     *
     * @param request a validated request
     * @return the plan: routes of the used vehicles, unassigned orders with reasons, cost summary
     */
    public Plan plan(PlanningRequest request) {
        return replan(request, CurrentRoutes.NONE);
    }

    /**
     * Plans the request with routes under way: each vehicle of {@code current} starts where it is, when it is free,
     * and keeps its fixed orders in their order (jsprit initial routes); the request's other orders are inserted
     * wherever they fit best, on vehicles under way or not. Served orders are not part of the request. Fixed orders
     * skip the pre-check: they are on their vehicle whatever it says (a fixed order without coordinates is listed
     * as unassigned).
     *
     * @param request the fleet and every order still to serve, fixed ones included
     * @param current where the vehicles under way are and what they keep
     * @return the plan from now on: the rest of each route, the new orders on them
     * @throws IllegalArgumentException if a fixed order or a vehicle under way is not in the request
     */
    public Plan replan(PlanningRequest request, CurrentRoutes current) {
        Checks.notNull(request, "request");
        Checks.notNull(current, "current");
        checkCurrent(request, current);
        PlanningContext context = PlanningContext.prepare(request, travelTimes, current);
        Map<String, Unassigned> unassigned = new LinkedHashMap<>();
        List<OrderNeeds> plannable = new ArrayList<>();
        OrderPreCheck preCheck = new OrderPreCheck(context);
        Set<String> fixed = current.fixedOrderIds();
        for (OrderNeeds order : context.orders()) {
            Optional<Unassigned> reason = fixed.contains(order.id()) && order.hasLocation() ? Optional.empty()
                    : preCheck.check(order);
            reason.ifPresentOrElse(r -> unassigned.put(order.id(), r), () -> plannable.add(order));
        }
        VehicleRoutingProblemSolution solution = null;
        if (!plannable.isEmpty()) {
            TranslatedProblem problem = ProblemTranslator.translate(context, plannable);
            SolverResult result = new JspritSolver(request.options()).solve(problem.problem(), problem.extensions());
            unassigned.putAll(result.unassigned());
            solution = result.solution();
        }
        Plan plan = new PlanAssembler(context, clock).assemble(solution, unassigned);
        LOG.info("plan {} for {}/{} on {}: {} routes, {} orders planned, {} unassigned, cost {} {}", plan.getId(),
                request.tenant(), request.depot().getId(), request.planningDate(), plan.getRoutes().size(),
                plan.getCost().getOrdersPlanned(), plan.getCost().getOrdersUnassigned(),
                String.format(Locale.ROOT, "%.2f", plan.getCost().getTotalCost()), plan.getCost().getCurrency());
        return plan;
    }

    private static void checkCurrent(PlanningRequest request, CurrentRoutes current) {
        Set<String> vehicles = request.vehicles().stream().map(Vehicle::getId).collect(Collectors.toSet());
        Set<String> orders = request.orders().stream().map(DeliveryOrder::getId).collect(Collectors.toSet());
        for (VehicleProgress progress : current.vehicles()) {
            Checks.check(vehicles.contains(progress.vehicleId()),
                    "vehicle " + progress.vehicleId() + " is under way but not in the request");
            progress.fixedOrderIds().forEach(id -> Checks.check(orders.contains(id),
                    "order " + id + " is fixed on " + progress.vehicleId() + " but not in the request"));
        }
    }
}
