package io.lastmilehub.hub.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.StatusChange;
import io.lastmilehub.hub.orders.StatusRecorder;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Plan;
import io.lastmilehub.planning.CurrentRoutes;
import io.lastmilehub.planning.PlanningRequest;
import io.lastmilehub.planning.VehicleProgress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dispatches on-demand orders into the plan under way by the tenant's {@link DispatchRuleBook rules}, one after the
 * other, without re-solving it: every stop still to serve stays where it is, each order goes into the cheapest
 * feasible place of the first tier that can take it. The routes with the new stops become the plan's next version;
 * an order that joined a vehicle is DISPATCHED on it, one handed to a carrier DISPATCHED with the carrier as reason
 * (so no later plan takes it); every decision, refusals too, is recorded with the request.
 */
@Service
public class AutoDispatch {

    private final PlansUnderWay underWay;
    private final DispatchRuleBook rules;
    private final OrderDocuments documents;
    private final StatusRecorder statuses;
    private final PlanningEngines engines;
    private final DepotProblems problems;
    private final PlanVersions versions;
    private final PlanRequestLifecycle lifecycle;
    private final ObjectMapper json;
    private final Clock clock;

    public AutoDispatch(PlansUnderWay underWay, DispatchRuleBook rules, OrderDocuments documents,
                        StatusRecorder statuses, PlanningEngines engines, DepotProblems problems,
                        PlanVersions versions, PlanRequestLifecycle lifecycle, ObjectMapper json, Clock clock) {
        this.underWay = underWay;
        this.rules = rules;
        this.documents = documents;
        this.statuses = statuses;
        this.engines = engines;
        this.problems = problems;
        this.versions = versions;
        this.lifecycle = lifecycle;
        this.json = json;
        this.clock = clock;
    }

    /** Decides, stores the next plan version and the decisions, and moves the orders, in one transaction. */
    @Transactional
    public Plan dispatch(PlanRequestEntity request, SolveProgress progress) {
        PlansUnderWay.Loaded base = underWay.load(request, true);
        List<DeliveryOrder> orders = new ArrayList<>(base.open().stream().map(documents::read).toList());
        PlanningRequest problem = problems.problem(request, List.of(), progress);
        Map<String, VehicleProgress> routes = new LinkedHashMap<>();
        base.underWay().current().vehicles().forEach(vehicle -> routes.put(vehicle.vehicleId(), vehicle));
        Instant now = clock.instant();
        List<DispatchOutcome> outcomes = new ArrayList<>();
        Map<OrderEntity, DispatchOutcome> taken = new LinkedHashMap<>();
        for (OrderEntity entity : underWay.addedOrders(request)) {
            DeliveryOrder order = documents.read(entity);
            DispatchOutcome outcome = rules.decide(request.getTenant(), problem.withOrders(orders),
                    new CurrentRoutes(List.copyOf(routes.values())), order, now);
            if (outcome.vehicleId() != null) {
                VehicleProgress before = routes.get(outcome.vehicleId());
                routes.put(outcome.vehicleId(), new VehicleProgress(before.vehicleId(), before.position(),
                        before.availableFrom(), outcome.route()));
                orders.add(order);
            }
            if (outcome.vehicleId() != null || outcome.carrier() != null) {
                taken.put(entity, outcome);
            }
            outcomes.add(outcome);
        }
        // Every stop is fixed now: one iteration lays the routes out as decided and prices them.
        PlanningRequest fixed = problem.withOrders(orders).withOptions(problem.options().toBuilder().maxIterations(1)
                .build());
        Plan plan = engines.of(request.getTenant()).replan(fixed, new CurrentRoutes(List.copyOf(routes.values())));
        versions.store(request, plan, Optional.of(base.stored()), progress);
        lifecycle.outcome(request.getId(), toJson(outcomes));
        taken.forEach((order, outcome) -> statuses.record(order, documents.read(order), outcome.vehicleId() != null
                ? StatusChange.dispatched(plan.getId(), outcome.vehicleId())
                : StatusChange.handedToCarrier(plan.getId(), outcome.carrier())));
        return plan;
    }

    /** The decisions a dispatch request recorded; empty before it is done. */
    public List<DispatchOutcome> outcomes(PlanRequestEntity request) {
        if (request.getOutcome() == null) {
            return List.of();
        }
        try {
            return List.of(json.readValue(request.getOutcome(), DispatchOutcome[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outcome of plan request " + request.getId() + " is not JSON", e);
        }
    }

    private String toJson(List<DispatchOutcome> outcomes) {
        try {
            return json.writeValueAsString(outcomes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Dispatch outcomes always serialise", e);
        }
    }
}
