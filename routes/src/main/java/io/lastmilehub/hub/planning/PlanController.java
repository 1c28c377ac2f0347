package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.planning.PlanRequestEntity.State;
import io.lastmilehub.hub.planning.PlanRequestEntity.Trigger;
import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Plan;
import io.lastmilehub.planning.render.PlanSvg;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans of the caller's tenant: ask for one for a depot (planned asynchronously over the broker; a client may wait
 * for it), follow the request, read the plan back, look at it.
 */
@RestController
@RequestMapping(PlanController.PATH)
public class PlanController {

    static final String PATH = "/api/v1/plans";
    /** RFC 7240 {@code Prefer: wait=<seconds>}. */
    private static final Pattern PREFER_WAIT = Pattern.compile("(?:^|[,;\\s])wait\\s*=\\s*(\\d+)");
    private static final String RETRY_AFTER_SECONDS = "1";

    private final PlanRequests requests;
    private final StoredPlans plans;
    private final FleetRegistry fleets;
    private final OrdersToAdd ordersToAdd;
    private final Duration maxWait;

    public PlanController(PlanRequests requests, StoredPlans plans, FleetRegistry fleets, OrdersToAdd ordersToAdd,
                          HubProperties properties) {
        this.requests = requests;
        this.plans = plans;
        this.fleets = fleets;
        this.ordersToAdd = ordersToAdd;
        this.maxWait = properties.planning().maxWait();
    }

    /**
     * Queues a plan request: 202 with the request and its {@code Location}. With {@code ?wait=30s} or
     * {@code Prefer: wait=30} the answer waits (up to {@code lastmile.planning.max-wait}): 201 with the plan when it
     * was made in time, 200 with the request when it failed, 202 with the request when it is still under way.
     */
    @PostMapping
    public ResponseEntity<Object> plan(@RequestBody PlanCommand command,
                                       @RequestParam(name = "wait", required = false) String wait,
                                       @RequestHeader(name = "Prefer", required = false) String prefer,
                                       Authentication caller) {
        String tenant = caller.getName();
        PlanRequestView queued = requests.submit(tenant, command, Trigger.REQUEST, null);
        return answer(tenant, queued, waitOf(wait, prefer));
    }

    /**
     * Inserts RECEIVED orders of the plan's depot into the plan under way (this plan or a newer version of it): a
     * request queued like any other of the depot, whose plan is the next version, with every dispatched stop kept
     * on its vehicle in its order. Answers as {@code POST /api/v1/plans}.
     */
    @PostMapping("/{id}/orders")
    public ResponseEntity<Object> insert(@PathVariable String id, @RequestBody OrdersToAdd.Command command,
                                         @RequestParam(name = "wait", required = false) String wait,
                                         @RequestHeader(name = "Prefer", required = false) String prefer,
                                         Authentication caller) {
        String tenant = caller.getName();
        PlanEntity plan = plans.stored(tenant, id);
        ordersToAdd.check(tenant, command, plan.getDepotId());
        PlanRequestView queued = requests.submitChange(tenant, new PlanCommand(plan.getDepotId(),
                plan.getPlanningDate()), Trigger.INSERT_ORDERS, command.orderIds().size() + " order(s) into plan "
                + id, new PlanChange(id, command.orderIds()));
        return answer(tenant, queued, waitOf(wait, prefer));
    }

    private ResponseEntity<Object> answer(String tenant, PlanRequestView queued, Optional<Duration> waiting) {
        URI location = URI.create(PATH + "/" + queued.id());
        if (waiting.isEmpty()) {
            return accepted(location, queued);
        }
        PlanRequestView outcome = requests.awaitFinished(tenant, queued.id(), waiting.get());
        return switch (outcome.state()) {
            case DONE -> ResponseEntity.created(location).body(plans.byId(tenant, outcome.id()));
            case FAILED -> ResponseEntity.ok().location(location).body(outcome);
            default -> accepted(location, outcome);
        };
    }

    /**
     * The plan once made (200; a plan replaced by a newer version links to it as {@code Link: <…>;
     * rel="successor-version"}); before, the request as it stands: 202 while queued or running, 200 when failed.
     */
    @GetMapping("/{id}")
    public ResponseEntity<Object> get(@PathVariable String id, Authentication caller) {
        Optional<Plan> plan = plans.find(caller.getName(), id);
        if (plan.isPresent()) {
            String successor = plans.stored(caller.getName(), id).getSupersededBy();
            return successor == null ? ResponseEntity.ok(plan.get()) : ResponseEntity.ok()
                    .header("Link", "<" + PATH + "/" + successor + ">; rel=\"successor-version\"").body(plan.get());
        }
        PlanRequestView request = requests.view(caller.getName(), id);
        return request.state() == State.FAILED ? ResponseEntity.ok(request)
                : accepted(URI.create(PATH + "/" + id), request);
    }

    /** The request of a plan, whatever its state: trigger, timings, attempts, progress. */
    @GetMapping("/{id}/request")
    public PlanRequestView request(@PathVariable String id, Authentication caller) {
        return requests.view(caller.getName(), id);
    }

    /** The tenant's newest plan requests, of one depot or all. */
    @GetMapping("/requests")
    public List<PlanRequestView> requests(@RequestParam(name = "depotId", required = false) String depotId,
                                          @RequestParam(name = "limit", defaultValue = "50") int limit,
                                          Authentication caller) {
        if (limit < 1 || limit > 500) {
            throw new InvalidMessageException("limit", "must be between 1 and 500");
        }
        return requests.recent(caller.getName(), depotId, limit);
    }

    /** The plan as a picture: depot, numbered stops and each vehicle's route in its own colour. */
    @GetMapping(path = "/{id}/map.svg", produces = "image/svg+xml")
    public String map(@PathVariable String id, Authentication caller) {
        Plan plan = plans.byId(caller.getName(), id);
        Depot depot = fleets.fleetOf(caller.getName()).depot(plan.getDepotId())
                .orElseThrow(() -> new NotFoundException("depot", plan.getDepotId()));
        return PlanSvg.render(plan, depot.getLocation());
    }

    private static ResponseEntity<Object> accepted(URI location, PlanRequestView request) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(location)
                .header("Retry-After", RETRY_AFTER_SECONDS).body(request);
    }

    /** How long the client wants to wait, at most the hub's maximum; none when it does not. */
    private Optional<Duration> waitOf(String wait, String prefer) {
        Duration wanted = null;
        if (wait != null) {
            try {
                wanted = DurationStyle.detectAndParse(wait.matches("\\d+") ? wait + "s" : wait);
            } catch (IllegalArgumentException e) {
                throw new InvalidMessageException("wait", "not a duration: '" + wait + "' (e.g. 30s)");
            }
        } else if (prefer != null) {
            Matcher seconds = PREFER_WAIT.matcher(prefer);
            wanted = seconds.find() ? Duration.ofSeconds(Long.parseLong(seconds.group(1))) : null;
        }
        if (wanted == null || wanted.isNegative() || wanted.isZero()) {
            return Optional.empty();
        }
        return Optional.of(wanted.compareTo(maxWait) > 0 ? maxWait : wanted);
    }
}
