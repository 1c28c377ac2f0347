package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.listener.IterationEndsListener;
import com.graphhopper.jsprit.core.algorithm.listener.IterationStartsListener;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.util.Solutions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;

/** Passes jsprit's iteration ends on to a {@link PlanningProgressListener} with the best solution so far. */
final class ProgressRelay implements IterationStartsListener, IterationEndsListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressRelay.class);

    private final PlanningProgressListener listener;
    private double bestCost = Double.MAX_VALUE;
    private int bestVehicles;
    private int bestUnassigned;
    private int iterationsStarted;
    private boolean listenerFailed;

    ProgressRelay(PlanningProgressListener listener) {
        this.listener = listener;
    }

    @Override
    public void informIterationStarts(int i, VehicleRoutingProblem problem,
                                      Collection<VehicleRoutingProblemSolution> solutions) {
        iterationsStarted = i;
    }

    @Override
    public void informIterationEnds(int i, VehicleRoutingProblem problem,
                                    Collection<VehicleRoutingProblemSolution> solutions) {
        VehicleRoutingProblemSolution best = Solutions.bestOf(solutions);
        if (best != null && best.getCost() < bestCost) {
            bestCost = best.getCost();
            bestVehicles = best.getRoutes().size();
            bestUnassigned = best.getUnassignedJobs().size();
        }
        try {
            listener.onProgress(new PlanningProgress(i, bestCost, bestVehicles, bestUnassigned));
        } catch (RuntimeException e) {
            if (!listenerFailed) {
                LOG.warn("progress listener failed at iteration {} ({}); planning goes on", i, e.toString());
                LOG.debug("progress listener failure", e);
                listenerFailed = true;
            }
        }
    }

    int iterationsStarted() {
        return iterationsStarted;
    }
}
