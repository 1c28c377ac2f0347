package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.errors.PermanentFailureException;
import io.lastmilehub.planning.travel.RoadRouterException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Works off one plan request from the planning queue: RUNNING, the solve (a fresh plan of the depot's day, a
 * re-plan of the plan under way, or a dispatch into it), then DONE. A failed attempt is recorded
 * and thrown on, so that the route redelivers the message; the last attempt leaves the request FAILED with the
 * reason, and the message becomes a dead letter (replaying it plans again). A road router's failure that no retry can
 * help (its 400, an answer that is not a table) is the last attempt at once: thrown on as a
 * {@link PermanentFailureException}, which is not redelivered.
 */
@Component("planRequestRunner")
public class PlanRequestRunner {

    /** The timer of each solve, tagged with its trigger and its outcome ({@code done} or {@code failed}). */
    public static final String DURATION = "lastmile.planning.duration";
    private static final Logger LOG = LoggerFactory.getLogger(PlanRequestRunner.class);

    private final PlanRequestLifecycle lifecycle;
    private final PlanningService planning;
    private final DynamicPlanning dynamic;
    private final AutoDispatch dispatch;
    private final HubProperties properties;
    private final MeterRegistry meters;

    public PlanRequestRunner(PlanRequestLifecycle lifecycle, PlanningService planning, DynamicPlanning dynamic,
                             AutoDispatch dispatch, HubProperties properties, MeterRegistry meters) {
        this.lifecycle = lifecycle;
        this.planning = planning;
        this.dynamic = dynamic;
        this.dispatch = dispatch;
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * @param planId     the request
     * @param redelivery how often the route redelivered the message before this attempt (null on the first)
     */
    public void run(String planId, Integer redelivery) {
        Optional<PlanRequestEntity> started = lifecycle.start(planId);
        if (started.isEmpty()) {
            LOG.info("Plan request {} is done already; its message was delivered again", planId);
            return;
        }
        SolveProgress progress = new SolveProgress(planId, lifecycle, properties.planning().progressEvery(),
                properties.planning().progressInterval());
        PlanRequestEntity request = started.get();
        Timer.Sample solve = Timer.start(meters);
        try {
            switch (request.getTrigger()) {
                case DELAY, INSERT_ORDERS -> dynamic.replan(request, progress);
                case DISPATCH -> dispatch.dispatch(request, progress);
                default -> planning.plan(request, progress);
            }
            solve.stop(meters.timer(DURATION, "trigger", request.getTrigger().name(), "outcome", "done"));
        } catch (RuntimeException e) {
            solve.stop(meters.timer(DURATION, "trigger", request.getTrigger().name(), "outcome", "failed"));
            RuntimeException failure = e instanceof RoadRouterException router && !router.retryable()
                    ? new PermanentFailureException(router) : e;
            boolean last = failure instanceof InvalidMessageException || failure instanceof PermanentFailureException
                    || (redelivery == null ? 0 : redelivery) >= properties.redelivery().maxAttempts();
            lifecycle.failed(planId, reasonOf(failure), last);
            throw failure;
        }
    }

    private static String reasonOf(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
