package io.lastmilehub.hub.planning;

import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.persistence.PlanEntity;
import io.lastmilehub.hub.persistence.PlanRepository;
import io.lastmilehub.hub.persistence.PlanRequestEntity;
import io.lastmilehub.model.Plan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Stores the plan a request made (under the request's id) and finishes the request: the plan it replaces, if any,
 * is marked superseded by it, its cost is published and the request is DONE, all in the caller's transaction.
 */
@Component
public class PlanVersions {

    private static final Logger LOG = LoggerFactory.getLogger(PlanVersions.class);

    private final PlanRepository plans;
    private final EventPublisher publisher;
    private final PlanRequestLifecycle lifecycle;
    private final Clock clock;

    public PlanVersions(PlanRepository plans, EventPublisher publisher, PlanRequestLifecycle lifecycle, Clock clock) {
        this.plans = plans;
        this.publisher = publisher;
        this.lifecycle = lifecycle;
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
        publisher.planCosted(plan.getCost());
        lifecycle.done(request.getId(), progress.last());
        LOG.info("Plan {} ({}{}) for {}/{}: {} routes, {} orders planned, {} unassigned", plan.getId(),
                request.getTrigger(), replaced.map(previous -> ", replaces " + previous.getId()).orElse(""),
                request.getTenant(), request.getDepotId(), plan.getRoutes().size(),
                plan.getCost().getOrdersPlanned(), plan.getUnassigned().size());
    }
}
