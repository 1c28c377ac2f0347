package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.listener.IterationEndsListener;
import com.graphhopper.jsprit.core.algorithm.listener.IterationStartsListener;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.util.Solutions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;

/**
 * Passes jsprit's iteration ends on to a {@link PlanningProgressListener} with the best cost so far, numbering the
 * iterations on across the phases of a search.
 */
final class ProgressRelay implements IterationStartsListener, IterationEndsListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressRelay.class);

    private final PlanningProgressListener listener;
    private double bestCost = Double.MAX_VALUE;
    private int bestVehicles;
    private int bestUnassigned;
    private int iterationsStarted;
    private int iterationsBefore;
    private boolean listenerFailed;

    ProgressRelay(PlanningProgressListener listener) {
        this.listener = listener;
    }

    @Override
    public void informIterationStarts(int i, VehicleRoutingProblem problem,
                                      Collection<VehicleRoutingProblemSolution> solutions) {
        iterationsStarted = iterationsBefore + i;
    }

    @Override
    public void informIterationEnds(int i, VehicleRoutingProblem problem,
                                    Collection<VehicleRoutingProblemSolution> solutions) {
        report(iterationsBefore + i, Solutions.bestOf(solutions));
    }

    /** An iteration's worth of work outside jsprit's algorithms (the ejection pool's steps) is done. */
    void iterationDone(VehicleRoutingProblemSolution best) {
        iterationsStarted++;
        report(iterationsStarted, best);
    }

    private void report(int iteration, VehicleRoutingProblemSolution best) {
        if (best != null && best.getCost() < bestCost) {
            bestCost = best.getCost();
            bestVehicles = best.getRoutes().size();
            bestUnassigned = best.getUnassignedJobs().size();
        }
        try {
            listener.onProgress(new PlanningProgress(iteration, bestCost, bestVehicles, bestUnassigned));
        } catch (RuntimeException e) {
            if (!listenerFailed) {
                LOG.warn("progress listener failed at iteration {} ({}); planning goes on", iteration, e.toString());
                LOG.debug("progress listener failure", e);
                listenerFailed = true;
            }
        }
    }

    /** A new algorithm starts: its iterations are numbered on from the ones before. */
    void startPhase() {
        iterationsBefore = iterationsStarted;
    }

    int iterationsStarted() {
        return iterationsStarted;
    }
}
