package io.lastmilehub.hub.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request to plan a depot's day, and where it stands; its plan is the {@link PlanEntity} with the same id. */
@Entity
@Table(name = "plan_request")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanRequestEntity {

    /** Where a request stands: QUEUED → RUNNING → DONE or FAILED (a failed attempt that is retried is QUEUED). */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** Why the request was made. */
    public enum Trigger {
        /** Through the API. */
        REQUEST,
        /** At a depot's cut-off, from the schedule in the configuration. */
        CUT_OFF,
        /** A vehicle of the depot runs late: the plan under way is re-planned, its dispatched stops kept. */
        DELAY,
        /** New orders go into the plan under way, its dispatched stops kept. */
        INSERT_ORDERS,
        /** On-demand orders are dispatched into the routes under way by the tenant's dispatch rules. */
        DISPATCH
    }

    @Id
    private String id;
    private String tenant;
    private String depotId;
    private LocalDate planningDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_type")
    private Trigger trigger;
    private String triggerReason;
    private String dedupeKey;
    @Enumerated(EnumType.STRING)
    private State state;
    private String failureReason;
    private int attempts;
    private Instant requestedAt;
    private Instant startedAt;
    private Instant finishedAt;
    private int maxIterations;
    private int iterations;
    private Double bestCost;
    private Integer bestVehicles;
    private Integer bestUnassigned;
    private Instant progressAt;
    /** The plan under way when the request was made (for requests that change one). */
    private String basePlanId;
    /** The orders the request adds to the plan under way, comma-separated. */
    private String orderIds;
    /** What a dispatch request decided, as JSON. */
    private String outcome;

    public PlanRequestEntity(String id, String tenant, String depotId, LocalDate planningDate, Trigger trigger,
                             String triggerReason, String dedupeKey, int maxIterations, Instant requestedAt) {
        this.id = id;
        this.tenant = tenant;
        this.depotId = depotId;
        this.planningDate = planningDate;
        this.trigger = trigger;
        this.triggerReason = triggerReason;
        this.dedupeKey = dedupeKey;
        this.maxIterations = maxIterations;
        this.requestedAt = requestedAt;
        this.state = State.QUEUED;
    }

    /** The request changes a plan under way, adding these orders (none for a re-plan). */
    public void changes(String basePlanId, List<String> orderIds) {
        this.basePlanId = basePlanId;
        this.orderIds = orderIds.isEmpty() ? null : String.join(",", orderIds);
    }

    /** The orders the request adds to the plan under way. */
    public List<String> addedOrderIds() {
        return orderIds == null ? List.of() : List.of(orderIds.split(","));
    }

    /** What the request decided (a dispatch's decisions), recorded with its plan. */
    public void outcome(String outcomeJson) {
        this.outcome = outcomeJson;
    }

    /** An attempt begins: progress starts over. */
    public void start(Instant now) {
        state = State.RUNNING;
        attempts++;
        startedAt = now;
        finishedAt = null;
        iterations = 0;
        bestCost = null;
        bestVehicles = null;
        bestUnassigned = null;
        progressAt = null;
    }

    /** How far the search is. */
    public void progress(int iterations, double bestCost, int vehicles, int unassigned, Instant now) {
        this.iterations = iterations;
        this.bestCost = bestCost;
        this.bestVehicles = vehicles;
        this.bestUnassigned = unassigned;
        this.progressAt = now;
    }

    public void done(Instant now) {
        state = State.DONE;
        failureReason = null;
        finishedAt = now;
    }

    /** An attempt failed; {@code last} when no retry follows. */
    public void failed(String reason, boolean last, Instant now) {
        state = last ? State.FAILED : State.QUEUED;
        failureReason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        finishedAt = last ? now : null;
    }

    public boolean isFinished() {
        return state == State.DONE || state == State.FAILED;
    }
}
