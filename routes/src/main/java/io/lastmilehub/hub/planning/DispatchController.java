package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.planning.PlanRequestEntity.State;
import io.lastmilehub.hub.planning.PlanRequestEntity.Trigger;
import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.Depot;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Auto-dispatch of on-demand orders into today's plan under way of their depot, by the tenant's dispatch rules. The
 * dispatch is a plan request of the depot (so it never runs beside another one of it); the answer waits for it up
 * to {@code lastmile.planning.max-wait}.
 */
@RestController
@RequestMapping(DispatchController.PATH)
public class DispatchController {

    static final String PATH = "/api/v1/dispatch";

    private final OrdersToAdd ordersToAdd;
    private final PlanRequests requests;
    private final PlanRequestRepository stored;
    private final StoredPlans plans;
    private final FleetRegistry fleets;
    private final AutoDispatch dispatch;
    private final Duration maxWait;
    private final Clock clock;

    public DispatchController(OrdersToAdd ordersToAdd, PlanRequests requests, PlanRequestRepository stored,
                              StoredPlans plans, FleetRegistry fleets, AutoDispatch dispatch,
                              HubProperties properties, Clock clock) {
        this.ordersToAdd = ordersToAdd;
        this.requests = requests;
        this.stored = stored;
        this.plans = plans;
        this.fleets = fleets;
        this.dispatch = dispatch;
        this.maxWait = properties.planning().maxWait();
        this.clock = clock;
    }

    /**
     * A dispatch and its decisions once made.
     *
     * @param request   the plan request that dispatched (its plan is the plan's next version)
     * @param decisions where each order went, or why no tier took it
     */
    public record DispatchView(PlanRequestView request, List<DispatchOutcome> decisions) {
    }

    /**
     * Dispatches RECEIVED orders of one depot: 200 with the decisions when done (or with the failed request), 202
     * with the request when it is still under way after the wait.
     *
     * @throws InvalidMessageException naming the order that cannot be dispatched, or when the depot has no plan
     *                                 under way today
     */
    @PostMapping
    public ResponseEntity<DispatchView> dispatch(@RequestBody OrdersToAdd.Command command, Authentication caller) {
        String tenant = caller.getName();
        String depotId = ordersToAdd.check(tenant, command, null);
        Depot depot = fleets.fleetOf(tenant).depot(depotId).orElseThrow(() -> new InvalidMessageException(
                "orderIds", "depot '" + depotId + "' of the orders is not in the fleet"));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(depot.getZoneId())));
        PlanEntity underWay = plans.newest(tenant, depotId, today).orElseThrow(() -> new InvalidMessageException(
                "orderIds", "depot " + depotId + " has no plan under way for " + today + " to dispatch into"));
        PlanRequestView queued = requests.submitChange(tenant, new PlanCommand(depotId, today), Trigger.DISPATCH,
                command.orderIds().size() + " on-demand order(s) into plan " + underWay.getId(),
                new PlanChange(underWay.getId(), command.orderIds()));
        PlanRequestView outcome = requests.awaitFinished(tenant, queued.id(), maxWait);
        ResponseEntity.BodyBuilder answer = outcome.state() == State.DONE || outcome.state() == State.FAILED
                ? ResponseEntity.ok() : ResponseEntity.status(HttpStatus.ACCEPTED);
        return answer.location(URI.create(PATH + "/" + outcome.id())).body(viewOf(tenant, outcome.id()));
    }

    /** A dispatch as it stands, with its decisions once done. */
    @GetMapping("/{id}")
    public DispatchView get(@PathVariable String id, Authentication caller) {
        return viewOf(caller.getName(), id);
    }

    private DispatchView viewOf(String tenant, String id) {
        return stored.findByIdAndTenant(id, tenant).filter(request -> request.getTrigger() == Trigger.DISPATCH)
                .map(request -> new DispatchView(requests.view(tenant, id), dispatch.outcomes(request)))
                .orElseThrow(() -> new NotFoundException("dispatch", id));
    }
}
