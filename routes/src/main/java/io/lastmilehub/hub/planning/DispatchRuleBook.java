package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.VehicleOwnership;
import io.lastmilehub.planning.CurrentRoutes;
import io.lastmilehub.planning.PlanningRequest;
import io.lastmilehub.planning.dispatch.AutoDispatcher;
import io.lastmilehub.planning.dispatch.DispatchDecision;
import io.lastmilehub.planning.dispatch.DispatchRules;
import io.lastmilehub.planning.dispatch.DispatchTier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each tenant's dispatch rules from {@code lastmile.tenants.<t>.dispatch}, read and checked at start-up. The vehicle
 * tiers go to the engine's {@link AutoDispatcher}; a carrier tier is applied here, so that the refusals of the
 * vehicle tiers before it are kept with the hand-over (a dispatcher wants to see why the 3PL got the order).
 */
@Component
public class DispatchRuleBook {

    private static final String CARRIER_PREFIX = "carrier:";

    private final Map<String, Rules> byTenant = new HashMap<>();
    private final PlanningEngines engines;

    /** @throws IllegalStateException naming the tenant's tier that is not own, contractor or carrier:<id> */
    public DispatchRuleBook(HubProperties properties, PlanningEngines engines) {
        this.engines = engines;
        properties.tenants().forEach((tenant, config) -> byTenant.put(tenant, rulesOf(tenant, config.dispatch())));
    }

    /** Where the tenant's rules send the order, tier by tier. */
    public DispatchOutcome decide(String tenant, PlanningRequest underWay, CurrentRoutes current,
                                  DeliveryOrder order, Instant now) {
        Rules rules = byTenant.get(tenant);
        String refusals = null;
        if (rules.vehicles() != null) {
            DispatchDecision decision = new AutoDispatcher(engines.of(tenant), rules.vehicles()).dispatch(underWay,
                    current, order, now);
            if (decision.dispatched()) {
                return DispatchOutcome.toVehicle(decision);
            }
            refusals = decision.reason();
        }
        return rules.carrier() == null ? DispatchOutcome.refused(order.getId(), refusals)
                : DispatchOutcome.toCarrier(order.getId(), rules.carrier().name(), rules.carrier().carrier(),
                refusals);
    }

    private static Rules rulesOf(String tenant, HubProperties.Dispatch config) {
        List<DispatchTier> vehicles = new ArrayList<>();
        for (int i = 0; i < config.tiers().size(); i++) {
            String tier = config.tiers().get(i).trim();
            if (tier.startsWith(CARRIER_PREFIX) && !tier.substring(CARRIER_PREFIX.length()).isBlank()) {
                String carrier = tier.substring(CARRIER_PREFIX.length()).trim();
                return new Rules(vehicleRules(vehicles, config), DispatchTier.carrier("carrier " + carrier,
                        carrier));
            }
            vehicles.add(switch (tier) {
                case "own" -> DispatchTier.vehicles("own fleet", VehicleOwnership.OWN);
                case "contractor" -> DispatchTier.vehicles("contractors", VehicleOwnership.CONTRACTOR);
                default -> throw new IllegalStateException("lastmile.tenants." + tenant + ".dispatch.tiers[" + i
                        + "]: '" + tier + "' is not own, contractor or carrier:<id>");
            });
        }
        return new Rules(vehicleRules(vehicles, config), null);
    }

    private static DispatchRules vehicleRules(List<DispatchTier> tiers, HubProperties.Dispatch config) {
        return tiers.isEmpty() ? null
                : new DispatchRules(tiers, config.maxDistanceKm(), config.maxStopsPerVehicle());
    }

    /** A tenant's vehicle tiers (null when it hands everything to a carrier) and carrier (null when none). */
    private record Rules(DispatchRules vehicles, DispatchTier carrier) {
    }
}
