package io.lastmilehub.hub.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.planning.PlanRequestEntity.Trigger;
import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.Depot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Asking for plans and reading how the requests stand. A request is stored QUEUED and put on the planning queue in
 * one transaction (the message reaches the broker once the row is committed, never without it).
 */
@Service
public class PlanRequests {

    private static final Logger LOG = LoggerFactory.getLogger(PlanRequests.class);
    /** How often a waiting client's request is looked at again. */
    private static final Duration POLL = Duration.ofMillis(100);

    private final PlanRequestRepository requests;
    private final FleetRegistry fleets;
    private final PlanningEffort effort;
    private final EventPublisher publisher;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public PlanRequests(PlanRequestRepository requests, FleetRegistry fleets, PlanningEffort effort,
                        EventPublisher publisher, ObjectMapper json, PlatformTransactionManager transactionManager,
                        Clock clock) {
        this.requests = requests;
        this.fleets = fleets;
        this.effort = effort;
        this.publisher = publisher;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Queues a request to plan a depot's day.
     *
     * @throws InvalidMessageException naming the depot when the tenant has none by that id
     */
    public PlanRequestView submit(String tenant, PlanCommand command, Trigger trigger, String reason) {
        return transactions.execute(status -> enqueue(tenant, command, trigger, reason, null, PlanChange.NONE));
    }

    /**
     * Queues a request that changes the plan under way of the depot and day (in the same message group as every
     * other request of the depot, so it never runs beside one).
     *
     * @throws InvalidMessageException naming the depot when the tenant has none by that id
     */
    public PlanRequestView submitChange(String tenant, PlanCommand command, Trigger trigger, String reason,
                                        PlanChange change) {
        return transactions.execute(status -> enqueue(tenant, command, trigger, reason, null, change));
    }

    /**
     * Queues a request unless one with the same key was made before, by this hub instance or another.
     *
     * @return the request, or empty when it had been made already
     */
    public Optional<PlanRequestView> submitOnce(String dedupeKey, String tenant, PlanCommand command, Trigger trigger,
                                                String reason, PlanChange change) {
        if (requests.findByDedupeKey(dedupeKey).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(transactions.execute(status -> enqueue(tenant, command, trigger, reason,
                    dedupeKey, change)));
        } catch (DataIntegrityViolationException e) {
            LOG.info("Plan request {} was made by another hub instance at the same moment", dedupeKey);
            return Optional.empty();
        }
    }

    /** Whether a request for the depot and day waits to be started (a new one would plan the same orders). */
    public boolean isQueued(String tenant, String depotId, LocalDate date) {
        return requests.existsByTenantAndDepotIdAndPlanningDateAndState(tenant, depotId, date,
                PlanRequestEntity.State.QUEUED);
    }

    /** @throws NotFoundException when the tenant has no such request */
    public PlanRequestView view(String tenant, String id) {
        return requests.findByIdAndTenant(id, tenant).map(this::viewOf)
                .orElseThrow(() -> new NotFoundException("plan request", id));
    }

    /** The tenant's newest requests, of one depot or all, newest first. */
    public List<PlanRequestView> recent(String tenant, String depotId, int count) {
        PageRequest page = PageRequest.of(0, count);
        List<PlanRequestEntity> found = depotId == null ? requests.findByTenantOrderByRequestedAtDesc(tenant, page)
                : requests.findByTenantAndDepotIdOrderByRequestedAtDesc(tenant, depotId, page);
        return found.stream().map(this::viewOf).toList();
    }

    /** The request once it is DONE or FAILED, or as it stands when the wait is over. */
    public PlanRequestView awaitFinished(String tenant, String id, Duration wait) {
        Instant until = clock.instant().plus(wait);
        PlanRequestView view = view(tenant, id);
        while (!isFinished(view) && clock.instant().isBefore(until)) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return view;
            }
            view = view(tenant, id);
        }
        return view;
    }

    private static boolean isFinished(PlanRequestView view) {
        return view.state() == PlanRequestEntity.State.DONE || view.state() == PlanRequestEntity.State.FAILED;
    }

    private PlanRequestView enqueue(String tenant, PlanCommand command, Trigger trigger, String reason,
                                    String dedupeKey, PlanChange change) {
        Depot depot = depotOf(tenant, command.depotId());
        LocalDate date = command.date() != null ? command.date()
                : LocalDate.now(clock.withZone(ZoneId.of(depot.getZoneId())));
        PlanRequestEntity request = new PlanRequestEntity("plan-" + UUID.randomUUID(), tenant, depot.getId(), date,
                trigger, reason, dedupeKey, effort.maxIterations(tenant), clock.instant());
        if (change.basePlanId() != null) {
            request.changes(change.basePlanId(), change.orderIds());
        }
        request = requests.saveAndFlush(request);
        PlanRequestView view = viewOf(request);
        publisher.planRequested(tenant, depot.getId(), request.getId(), toJson(view));
        LOG.info("Plan request {} for {}/{} on {} queued ({}{})", request.getId(), tenant, depot.getId(), date,
                trigger, reason == null ? "" : ": " + reason);
        return view;
    }

    private Depot depotOf(String tenant, String depotId) {
        if (depotId == null || depotId.isBlank()) {
            throw new InvalidMessageException("depotId", "missing");
        }
        return fleets.fleetOf(tenant).depot(depotId).orElseThrow(() -> new InvalidMessageException("depotId",
                "unknown depot '" + depotId + "'"));
    }

    private PlanRequestView viewOf(PlanRequestEntity request) {
        return PlanRequestView.of(request, clock.instant());
    }

    private String toJson(PlanRequestView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan request view always serialises", e);
        }
    }
}
