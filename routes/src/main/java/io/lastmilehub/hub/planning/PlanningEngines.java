package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.planning.PlanningEngine;
import io.lastmilehub.planning.travel.GreatCircleTravelTimes;
import io.lastmilehub.planning.travel.OsrmTableTravelTimes;
import org.springframework.stereotype.Component;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The planning engine each tenant plans with: on its road router's tables when it has one
 * ({@code lastmile.tenants.<t>.planning.road-router}), else on the built-in great-circle estimate. A router's failure
 * is thrown on: the plan request is retried and then dead-lettered like any step whose outside system fails, or
 * dead-lettered at once when no retry can help ({@link PlanRequestRunner}).
 */
@Component
public class PlanningEngines {

    private final PlanningEngine estimate;
    private final Map<String, PlanningEngine> byTenant = new HashMap<>();

    public PlanningEngines(HubProperties properties, Clock clock) {
        this.estimate = new PlanningEngine(new GreatCircleTravelTimes(), clock);
        properties.tenants().forEach((tenant, settings) -> {
            HubProperties.RoadRouter router = settings.planning() == null ? null : settings.planning().roadRouter();
            if (router != null) {
                HttpClient client = HttpClient.newBuilder().connectTimeout(router.timeout()).build();
                byTenant.put(tenant, new PlanningEngine(new OsrmTableTravelTimes(router.url(), client,
                        router.timeout(), router.maxTableSize()), clock));
            }
        });
    }

    /** The engine of the tenant's plans. */
    public PlanningEngine of(String tenant) {
        return byTenant.getOrDefault(tenant, estimate);
    }
}
