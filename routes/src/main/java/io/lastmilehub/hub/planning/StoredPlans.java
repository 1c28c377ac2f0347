package io.lastmilehub.hub.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.Plan;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The plans a tenant made, read back as canonical plans. */
@Component
public class StoredPlans {

    private final PlanRepository plans;
    private final FleetRegistry fleets;
    private final ObjectMapper json;

    public StoredPlans(PlanRepository plans, FleetRegistry fleets, ObjectMapper json) {
        this.plans = plans;
        this.fleets = fleets;
        this.json = json;
    }

    /** @throws NotFoundException when the tenant has no such plan */
    public Plan byId(String tenant, String planId) {
        return find(tenant, planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    /** @throws NotFoundException when the tenant has no such plan */
    public PlanEntity stored(String tenant, String planId) {
        return plans.findByIdAndTenant(planId, tenant).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    /** The tenant's plan, if it has one by this id. */
    public Optional<Plan> find(String tenant, String planId) {
        return plans.findByIdAndTenant(planId, tenant).map(this::read);
    }

    /** The tenant's newest plans, newest first. */
    public List<Plan> recent(String tenant, int count) {
        return plans.findByTenantOrderByCreatedAtDesc(tenant, PageRequest.of(0, count)).stream().map(this::read)
                .toList();
    }

    /**
     * The plan made last for a depot and day.
     *
     * @throws InvalidMessageException when the tenant has no such depot
     * @throws NotFoundException       when no plan was made for that depot and day
     */
    public Plan latest(String tenant, String depotId, LocalDate date) {
        if (depotId == null || fleets.fleetOf(tenant).depot(depotId).isEmpty()) {
            throw new InvalidMessageException("depotId", "unknown depot '" + depotId + "'");
        }
        if (date == null) {
            throw new InvalidMessageException("date", "missing");
        }
        return read(plans.findFirstByTenantAndDepotIdAndPlanningDateOrderByCreatedAtDesc(tenant, depotId, date)
                .orElseThrow(() -> new NotFoundException("plan of depot " + depotId + " for", date.toString())));
    }

    /** The newest plan of a depot's day as stored, if one was made. */
    public Optional<PlanEntity> newest(String tenant, String depotId, LocalDate date) {
        return plans.findFirstByTenantAndDepotIdAndPlanningDateOrderByCreatedAtDesc(tenant, depotId, date);
    }

    /** A stored plan as the canonical plan. */
    public Plan read(PlanEntity stored) {
        try {
            return json.readValue(stored.getDocument(), Plan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored plan " + stored.getId() + " is not canonical JSON", e);
        }
    }
}
