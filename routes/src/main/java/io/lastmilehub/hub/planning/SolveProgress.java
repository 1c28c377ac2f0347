package io.lastmilehub.hub.planning;

import io.lastmilehub.planning.PlanningProgress;
import io.lastmilehub.planning.PlanningProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/**
 * The progress of one running plan request: logged every N iterations, and written where the API reads it at most
 * once per interval (the solver reports every iteration, hundreds a second on small problems).
 */
final class SolveProgress implements PlanningProgressListener {

    private static final Logger LOG = LoggerFactory.getLogger(SolveProgress.class);

    private final String planId;
    private final PlanRequestLifecycle lifecycle;
    private final int logEvery;
    private final long writeEveryNanos;
    private long lastWrite = System.nanoTime();
    private PlanningProgress last;

    SolveProgress(String planId, PlanRequestLifecycle lifecycle, int logEvery, Duration writeEvery) {
        this.planId = planId;
        this.lifecycle = lifecycle;
        this.logEvery = logEvery;
        this.writeEveryNanos = writeEvery.toNanos();
    }

    /** Not called: the engine reports through {@link #onProgress}, which carries the best solution's shape. */
    @Override
    public void onIteration(int iteration, double bestCost) {
    }

    @Override
    public void onProgress(PlanningProgress progress) {
        last = progress;
        if (progress.iteration() % logEvery == 0) {
            LOG.info("Planning {}: iteration {}, best cost so far {}, {} vehicles, {} unassigned", planId,
                    progress.iteration(), String.format("%.2f", progress.bestCost()), progress.vehicles(),
                    progress.unassigned());
        }
        long now = System.nanoTime();
        if (now - lastWrite >= writeEveryNanos) {
            lastWrite = now;
            lifecycle.progress(planId, progress);
        }
    }

    /** The last progress reported, to be kept with the finished request. */
    Optional<PlanningProgress> last() {
        return Optional.ofNullable(last);
    }
}
