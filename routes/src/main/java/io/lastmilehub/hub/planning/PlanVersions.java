package io.lastmilehub.hub.planning;

import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.StatusChange;
import io.lastmilehub.hub.orders.StatusRecorder;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores the plan a request made (under the request's id) and finishes the request: the plan it replaces, if any,
 * is marked superseded by it, its cost is published and the request is DONE, all in the caller's transaction; and
 * moves the orders it planned to PLANNED on it.
 */
@Component
public class PlanVersions {

    private static final Logger LOG = LoggerFactory.getLogger(PlanVersions.class);

    private final PlanRepository plans;
    private final EventPublisher publisher;
    private final PlanRequestLifecycle lifecycle;
    private final StatusRecorder statuses;
    private final OrderDocuments documents;
    private final StoredPlanRecorder recorder;
    private final Clock clock;

    public PlanVersions(PlanRepository plans, EventPublisher publisher, PlanRequestLifecycle lifecycle,
                        StatusRecorder statuses, OrderDocuments documents, StoredPlanRecorder recorder, Clock clock) {
        this.plans = plans;
        this.publisher = publisher;
        this.lifecycle = lifecycle;
        this.statuses = statuses;
        this.documents = documents;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * @param replaced the stored plan the new one is the next version of; empty for a fresh plan
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void store(PlanRequestEntity request, Plan plan, Optional<PlanEntity> replaced, SolveProgress progress) {
        plans.save(new PlanEntity(plan.getId(), request.getTenant(), request.getDepotId(), request.getPlanningDate(),
                plan.getCreatedAt() != null ? plan.getCreatedAt() : clock.instant(), CanonicalJson.toJson(plan)));
        replaced.ifPresent(previous -> previous.supersede(plan.getId()));
        recorder.record(request.getTenant(), request.getPlanningDate(), plan);
        publisher.planCosted(plan.getCost());
        lifecycle.done(request.getId(), progress.last());
        LOG.info("Plan {} ({}{}) for {}/{}: {} routes, {} orders planned, {} unassigned", plan.getId(),
                request.getTrigger(), replaced.map(previous -> ", replaces " + previous.getId()).orElse(""),
                request.getTenant(), request.getDepotId(), plan.getRoutes().size(),
                plan.getCost().getOrdersPlanned(), plan.getUnassigned().size());
    }

    /** Moves these orders to PLANNED on the vehicle the plan gives them (each change on the status topic). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markPlanned(Plan plan, Collection<OrderEntity> orders) {
        Map<String, OrderEntity> byId = orders.stream().collect(Collectors.toMap(OrderEntity::getId,
                Function.identity()));
        for (Route route : plan.getRoutes()) {
            route.getStops().stream().map(Stop::getOrderId).distinct().map(byId::get).filter(Objects::nonNull)
                    .forEach(order -> statuses.record(order, documents.read(order),
                            StatusChange.planned(plan.getId(), route.getVehicleId())));
        }
    }
}
