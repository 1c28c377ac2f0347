package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.planning.PlanRequestEntity.State;
import io.lastmilehub.hub.planning.PlanRequestEntity.Trigger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan request as the API shows it (and as it travels on the planning queue).
 *
 * @param id            the plan's id, also the request's
 * @param depotId       the depot planned
 * @param planningDate  the day planned, in the depot's zone
 * @param trigger       why it was asked for
 * @param triggerReason details of the trigger (the cut-off, the late vehicle)
 * @param state         QUEUED, RUNNING, DONE or FAILED
 * @param failureReason why the last attempt failed
 * @param attempts      attempts started
 * @param requestedAt   when it was asked for
 * @param startedAt     when the last attempt started
 * @param finishedAt    when it ended (DONE or FAILED)
 * @param progress      how far the search of the last attempt is
 * @param plan          where the plan is, once DONE
 * @param basePlanId    the plan under way the request changes (re-plan, insert, dispatch); null for a fresh plan
 * @param orderIds      the orders it inserts or dispatches
 */
public record PlanRequestView(String id, String depotId, LocalDate planningDate, Trigger trigger,
                              String triggerReason, State state, String failureReason, int attempts,
                              Instant requestedAt, Instant startedAt, Instant finishedAt, Progress progress,
                              String plan, String basePlanId, List<String> orderIds) {

    /**
     * The search so far.
     *
     * @param iterations    iterations done
     * @param maxIterations iterations at most (the time budget may end the search earlier)
     * @param bestCost      best value of the solver's objective so far: plan cost plus penalties for unassigned
     *                      orders
     * @param vehicles      vehicles used by the best solution so far
     * @param unassigned    orders the best solution so far leaves out
     * @param elapsedMillis time since the attempt started (until it finished)
     * @param updatedAt     when this progress was recorded
     */
    public record Progress(int iterations, int maxIterations, Double bestCost, Integer vehicles, Integer unassigned,
                           Long elapsedMillis, Instant updatedAt) {
    }

    static PlanRequestView of(PlanRequestEntity request, Instant now) {
        Long elapsed = null;
        if (request.getStartedAt() != null) {
            Instant end = request.getFinishedAt() != null ? request.getFinishedAt() : now;
            elapsed = Duration.between(request.getStartedAt(), end).toMillis();
        }
        Progress progress = new Progress(request.getIterations(), request.getMaxIterations(), request.getBestCost(),
                request.getBestVehicles(), request.getBestUnassigned(), elapsed, request.getProgressAt());
        return new PlanRequestView(request.getId(), request.getDepotId(), request.getPlanningDate(),
                request.getTrigger(), request.getTriggerReason(), request.getState(), request.getFailureReason(),
                request.getAttempts(), request.getRequestedAt(), request.getStartedAt(), request.getFinishedAt(),
                progress, request.getState() == State.DONE ? PlanController.PATH + "/" + request.getId() : null,
                request.getBasePlanId(), request.addedOrderIds());
    }
}
