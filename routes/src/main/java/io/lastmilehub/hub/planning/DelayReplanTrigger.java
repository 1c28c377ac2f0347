package io.lastmilehub.hub.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.planning.PlanRequestEntity.Trigger;
import io.lastmilehub.model.DeliveryStatusEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Asks for a re-plan of a depot's plan under way (its dispatched stops kept, see {@link PlanUnderWay}) when one of
 * its vehicles runs late: a delay on the status topic (the tracking side
 * sets how far behind plan the vehicle is as a header) at or beyond the tenant's {@code planning.replan-delay}.
 * One request per plan and vehicle, however many of its stops report the delay and on however many hub instances,
 * and none while a request for the same depot and day still waits in the queue (that one will see the same orders).
 */
@Component("delayReplanTrigger")
public class DelayReplanTrigger {

    private static final Logger LOG = LoggerFactory.getLogger(DelayReplanTrigger.class);

    private final PlanRepository plans;
    private final PlanRequests requests;
    private final HubProperties properties;
    private final ObjectMapper json;

    public DelayReplanTrigger(PlanRepository plans, PlanRequests requests, HubProperties properties,
                              ObjectMapper json) {
        this.plans = plans;
        this.requests = requests;
        this.properties = properties;
        this.json = json;
    }

    /**
     * @param eventJson    the canonical DeliveryStatusEvent of the delay
     * @param delaySeconds how far behind plan the vehicle is
     * @return the re-plan request made, if one was
     */
    public Optional<PlanRequestView> onDelay(String eventJson, long delaySeconds) throws JsonProcessingException {
        DeliveryStatusEvent event = json.readValue(eventJson, DeliveryStatusEvent.class);
        Duration behind = Duration.ofSeconds(delaySeconds);
        HubProperties.Tenant tenant = properties.tenants().get(event.getTenant());
        if (tenant == null || event.getPlanId() == null || event.getVehicleId() == null
                || tenant.planning().replanDelay().isZero() || behind.compareTo(tenant.planning().replanDelay()) < 0) {
            return Optional.empty();
        }
        Optional<PlanEntity> plan = plans.findByIdAndTenant(event.getPlanId(), event.getTenant());
        if (plan.isEmpty() || plan.get().getPlanningDate() == null) {
            LOG.warn("Delay of vehicle {} on unknown plan {} of {}: no re-plan", event.getVehicleId(),
                    event.getPlanId(), event.getTenant());
            return Optional.empty();
        }
        String depotId = plan.get().getDepotId();
        if (requests.isQueued(event.getTenant(), depotId, plan.get().getPlanningDate())) {
            LOG.info("Delay of vehicle {}: a plan request for {}/{} is queued already", event.getVehicleId(),
                    event.getTenant(), depotId);
            return Optional.empty();
        }
        String reason = "vehicle " + event.getVehicleId() + " is " + behind.toMinutes() + " min behind plan "
                + event.getPlanId() + " (order " + event.getOrderId() + ")";
        return requests.submitOnce("delay|" + event.getPlanId() + "|" + event.getVehicleId(), event.getTenant(),
                new PlanCommand(depotId, plan.get().getPlanningDate()), Trigger.DELAY, reason,
                new PlanChange(event.getPlanId(), List.of()));
    }
}
