package io.lastmilehub.hub.planning;

import io.lastmilehub.planning.PlanningProgress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/** Moves a plan request along: RUNNING when an attempt starts, its progress, DONE or FAILED (or QUEUED to retry). */
@Component
public class PlanRequestLifecycle {

    private final PlanRequestRepository requests;
    private final Clock clock;

    public PlanRequestLifecycle(PlanRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /**
     * Starts an attempt (committed at once, so the API shows RUNNING).
     *
     * @return the request; empty when it is DONE already (the broker delivered its message again)
     * @throws IllegalStateException when there is no such request (yet)
     */
    @Transactional
    public Optional<PlanRequestEntity> start(String id) {
        PlanRequestEntity request = require(id);
        if (request.getState() == PlanRequestEntity.State.DONE) {
            return Optional.empty();
        }
        request.start(clock.instant());
        return Optional.of(request);
    }

    /** The request's plan is made, with the search's last progress; joins the transaction that stores the plan. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void done(String id, Optional<PlanningProgress> last) {
        PlanRequestEntity request = require(id);
        last.ifPresent(p -> request.progress(p.iteration(), p.bestCost(), p.vehicles(), p.unassigned(),
                clock.instant()));
        request.done(clock.instant());
    }

    /** What the request decided (a dispatch's decisions), in the transaction that stores its plan. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void outcome(String id, String outcomeJson) {
        require(id).outcome(outcomeJson);
    }

    /** An attempt failed; {@code last} when it is not retried. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String id, String reason, boolean last) {
        require(id).failed(reason, last, clock.instant());
    }

    /** The search so far, beside the transaction the plan is made in. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(String id, PlanningProgress progress) {
        requests.recordProgress(id, progress.iteration(), progress.bestCost(), progress.vehicles(),
                progress.unassigned(), clock.instant());
    }

    private PlanRequestEntity require(String id) {
        return requests.findById(id).orElseThrow(() -> new IllegalStateException("plan request " + id
                + " is not stored (yet)"));
    }
}
