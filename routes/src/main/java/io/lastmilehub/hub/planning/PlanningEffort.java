package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.config.HubProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** How hard a tenant's plans are searched: the tenant's own limits where set, the hub's otherwise. */
@Component
public class PlanningEffort {

    private final HubProperties properties;

    public PlanningEffort(HubProperties properties) {
        this.properties = properties;
    }

    public int maxIterations(String tenant) {
        Integer own = tenantPlanning(tenant).maxIterations();
        return own != null ? own : properties.planning().maxIterations();
    }

    public Duration timeBudget(String tenant) {
        Duration own = tenantPlanning(tenant).timeBudget();
        return own != null ? own : properties.planning().timeBudget();
    }

    private HubProperties.TenantPlanning tenantPlanning(String tenant) {
        HubProperties.Tenant settings = properties.tenants().get(tenant);
        return settings == null ? new HubProperties.TenantPlanning(null, null, Duration.ZERO, null, null)
                : settings.planning();
    }
}
