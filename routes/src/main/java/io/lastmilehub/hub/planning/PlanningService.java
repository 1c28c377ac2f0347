package io.lastmilehub.hub.planning;

import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.config.Fleet;
import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.inbound.InvalidMessageException;
import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.StatusChange;
import io.lastmilehub.hub.orders.StatusRecorder;
import io.lastmilehub.hub.persistence.OrderEntity;
import io.lastmilehub.hub.persistence.OrderRepository;
import io.lastmilehub.hub.persistence.PlanEntity;
import io.lastmilehub.hub.persistence.PlanRepository;
import io.lastmilehub.hub.persistence.PlanRequestEntity;
import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.Unassigned;
import io.lastmilehub.model.UnassignedReason;
import io.lastmilehub.planning.PlanningEngine;
import io.lastmilehub.planning.PlanningOptions;
import io.lastmilehub.planning.PlanningRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans a depot's received orders for a plan request (see {@link PlanRequestRunner}): the planning engine makes the
 * plan, the hub stores it, moves the planned orders to PLANNED (each change on the status topic) and publishes the
 * plan's cost summary. Orders set aside for their address are listed among the unassigned with that reason.
 */
@Service
public class PlanningService {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningService.class);
    private static final Set<ReasonCode> ADDRESS_PROBLEMS = EnumSet.of(ReasonCode.ADDRESS_NOT_FOUND,
            ReasonCode.AMBIGUOUS_ADDRESS);

    private final FleetRegistry fleets;
    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final PlanRepository plans;
    private final StatusRecorder statuses;
    private final EventPublisher publisher;
    private final PlanningEngine engine;
    private final PlanningEffort effort;
    private final PlanRequestLifecycle lifecycle;
    private final Clock clock;

    public PlanningService(FleetRegistry fleets, OrderRepository orders, OrderDocuments documents, PlanRepository plans,
                           StatusRecorder statuses, EventPublisher publisher, PlanningEngine engine,
                           PlanningEffort effort, PlanRequestLifecycle lifecycle, Clock clock) {
        this.fleets = fleets;
        this.orders = orders;
        this.documents = documents;
        this.plans = plans;
        this.statuses = statuses;
        this.publisher = publisher;
        this.engine = engine;
        this.effort = effort;
        this.lifecycle = lifecycle;
        this.clock = clock;
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
        Fleet fleet = fleets.fleetOf(tenant);
        Depot depot = fleet.depot(request.getDepotId()).orElseThrow(() -> new InvalidMessageException("depotId",
                "depot '" + request.getDepotId() + "' is no longer in the fleet of " + tenant));
        List<OrderEntity> open = orders.findByTenantAndDepotIdAndStatusOrderByCreatedAt(tenant, depot.getId(),
                DeliveryStatus.RECEIVED);
        List<DeliveryOrder> setAside = orders.findByTenantAndDepotIdAndStatusAndStatusReasonCodeIn(tenant,
                depot.getId(), DeliveryStatus.EXCEPTION, ADDRESS_PROBLEMS).stream().map(documents::read).toList();
        String planId = request.getId();
        LocalDate date = request.getPlanningDate();
        Plan plan = engine.plan(PlanningRequest.builder()
                .planId(planId)
                .tenant(tenant)
                .depot(depot)
                .planningDate(date)
                .vehicles(fleet.vehiclesAt(depot.getId()))
                .orders(open.stream().map(documents::read).toList())
                .options(PlanningOptions.builder()
                        .maxIterations(request.getMaxIterations())
                        .timeBudget(effort.timeBudget(tenant))
                        .progressListener(progress)
                        .build())
                .build());
        plan = withSetAsideOrders(plan, setAside);
        plans.save(new PlanEntity(planId, tenant, depot.getId(), date, plan.getCreatedAt() != null
                ? plan.getCreatedAt() : clock.instant(), CanonicalJson.toJson(plan)));
        markPlanned(plan, open);
        publisher.planCosted(plan.getCost());
        lifecycle.done(planId, progress.last());
        LOG.info("Plan {} for {}/{}: {} routes, {} orders planned, {} unassigned", planId, tenant, depot.getId(),
                plan.getRoutes().size(), plan.getCost().getOrdersPlanned(), plan.getUnassigned().size());
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

    private void markPlanned(Plan plan, List<OrderEntity> open) {
        Map<String, OrderEntity> byId = open.stream().collect(Collectors.toMap(OrderEntity::getId,
                Function.identity()));
        for (Route route : plan.getRoutes()) {
            for (Stop stop : route.getStops()) {
                OrderEntity order = byId.get(stop.getOrderId());
                if (order != null) {
                    statuses.record(order, documents.read(order), StatusChange.planned(plan.getId(),
                            route.getVehicleId()));
                }
            }
        }
    }


}
