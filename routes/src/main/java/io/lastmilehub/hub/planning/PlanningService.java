package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.Unassigned;
import io.lastmilehub.model.UnassignedReason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans a depot's received orders for a plan request (see {@link PlanRequestRunner}): the planning engine makes the
 * plan, the hub stores it, moves the planned orders to PLANNED (each change on the status topic) and publishes the
 * plan's cost summary. Orders set aside for their address are listed among the unassigned with that reason.
 */
@Service
public class PlanningService {

    private static final Set<ReasonCode> ADDRESS_PROBLEMS = EnumSet.of(ReasonCode.ADDRESS_NOT_FOUND,
            ReasonCode.AMBIGUOUS_ADDRESS);

    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final PlanningEngines engines;
    private final DepotProblems problems;
    private final PlanVersions versions;

    public PlanningService(OrderRepository orders, OrderDocuments documents, PlanningEngines engines,
                           DepotProblems problems, PlanVersions versions) {
        this.orders = orders;
        this.documents = documents;
        this.engines = engines;
        this.problems = problems;
        this.versions = versions;
    }

    /**
     * Makes the plan of a started request: stores it under the request's id, moves its orders to PLANNED, publishes
     * its cost and marks the request DONE, all in one transaction.
     *
     * @throws InvalidMessageException when the request's depot is no longer in the tenant's fleet
     */
    @Transactional
    public Plan plan(PlanRequestEntity request, SolveProgress progress) {
        String tenant = request.getTenant();
        Depot depot = problems.depotOf(request);
        List<OrderEntity> open = orders.findByTenantAndDepotIdAndStatusOrderByCreatedAt(tenant, depot.getId(),
                DeliveryStatus.RECEIVED);
        List<DeliveryOrder> setAside = orders.findByTenantAndDepotIdAndStatusAndStatusReasonCodeIn(tenant,
                depot.getId(), DeliveryStatus.EXCEPTION, ADDRESS_PROBLEMS).stream().map(documents::read).toList();
        Plan plan = engines.of(tenant).plan(problems.problem(request, open.stream().map(documents::read).toList(),
                progress));
        plan = withSetAsideOrders(plan, setAside);
        versions.store(request, plan, Optional.empty(), progress);
        versions.markPlanned(plan, open);
        return plan;
    }

    /** Orders waiting for an address are not planned but listed, so that the dispatcher sees why. */
    private static Plan withSetAsideOrders(Plan plan, List<DeliveryOrder> setAside) {
        if (setAside.isEmpty()) {
            return plan;
        }
        Plan.PlanBuilder listed = plan.toBuilder();
        setAside.forEach(order -> listed.unassignedEntry(Unassigned.builder().orderId(order.getId())
                .reasonCode(UnassignedReason.NO_COORDINATES).reason(order.getStatusReason()).build()));
        CostSummary cost = plan.getCost().toBuilder()
                .ordersUnassigned(plan.getCost().getOrdersUnassigned() + setAside.size()).build();
        return listed.cost(cost).build();
    }
}
