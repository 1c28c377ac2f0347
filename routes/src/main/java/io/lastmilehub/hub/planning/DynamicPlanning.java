package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.StatusChange;
import io.lastmilehub.hub.orders.StatusRecorder;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Unassigned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-plans the plan under way of a depot's day (a vehicle runs late, or new orders are inserted): stops already
 * served are left out, dispatched ones stay on their vehicle in their order, planned ones may move, the added orders
 * are placed. The result is the plan's next version; the orders it places move to PLANNED on it, planned orders it
 * cannot place any more go back to RECEIVED with the reason.
 */
@Service
public class DynamicPlanning {

    private final PlansUnderWay underWay;
    private final OrderDocuments documents;
    private final StatusRecorder statuses;
    private final PlanningEngines engines;
    private final DepotProblems problems;
    private final PlanVersions versions;

    public DynamicPlanning(PlansUnderWay underWay, OrderDocuments documents, StatusRecorder statuses,
                           PlanningEngines engines, DepotProblems problems, PlanVersions versions) {
        this.underWay = underWay;
        this.documents = documents;
        this.statuses = statuses;
        this.engines = engines;
        this.problems = problems;
        this.versions = versions;
    }

    /** Makes, stores and publishes the next version of the plan under way, in one transaction. */
    @Transactional
    public Plan replan(PlanRequestEntity request, SolveProgress progress) {
        PlansUnderWay.Loaded base = underWay.load(request, false);
        Map<String, OrderEntity> placeable = new LinkedHashMap<>();
        base.underWay().movableOrderIds().forEach(id -> placeable.put(id, base.orders().get(id)));
        underWay.addedOrders(request).forEach(order -> placeable.put(order.getId(), order));
        List<OrderEntity> orders = new ArrayList<>(base.open().stream()
                .filter(order -> !placeable.containsKey(order.getId())).toList());
        orders.addAll(placeable.values());
        Plan plan = engines.of(request.getTenant()).replan(problems.problem(request,
                orders.stream().map(documents::read).toList(), progress), base.underWay().current());
        versions.store(request, plan, Optional.of(base.stored()), progress);
        versions.markPlanned(plan, placeable.values());
        reopenLeftOut(plan, placeable);
        return plan;
    }

    /** Planned orders the re-plan could not place again wait for the next plan, with the reason. */
    private void reopenLeftOut(Plan plan, Map<String, OrderEntity> placeable) {
        for (Unassigned left : plan.getUnassigned()) {
            OrderEntity order = placeable.get(left.getOrderId());
            if (order != null && order.getStatus() != DeliveryStatus.RECEIVED) {
                statuses.record(order, documents.read(order), StatusChange.received("left out of plan "
                        + plan.getId() + ": " + left.getReason()));
            }
        }
    }
}
