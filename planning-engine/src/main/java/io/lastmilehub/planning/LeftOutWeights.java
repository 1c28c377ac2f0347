package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.listener.IterationEndsListener;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.solution.SolutionCostCalculator;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.util.Solutions;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The route-elimination phase's objective: {@link PlanObjective}, with each left-out job's penalty raised by
 * {@value #STEP} of itself for every iteration it has stayed out of the current solution. A job that keeps failing
 * becomes dearer to leave out than an easier one, so the search accepts swapping them and then finds room for the
 * easier one: the ejection-pool idea of Nagata and Bräysy's route minimisation, in jsprit's terms. Without it the
 * search settled with the same last one or two jobs out, attempt after attempt.
 */
final class LeftOutWeights implements SolutionCostCalculator, IterationEndsListener {

    /** Share of its penalty a left-out job gains per iteration out. */
    static final double STEP = 0.01;

    private final PlanObjective objective;
    private final Map<String, Integer> iterationsOut = new HashMap<>();

    LeftOutWeights(PlanObjective objective) {
        this.objective = objective;
    }

    @Override
    public double getCosts(VehicleRoutingProblemSolution solution) {
        double costs = objective.getCosts(solution);
        for (Job job : solution.getUnassignedJobs()) {
            costs += objective.penaltyOf(job) * STEP * iterationsOut.getOrDefault(job.getId(), 0);
        }
        return costs;
    }

    @Override
    public void informIterationEnds(int iteration, VehicleRoutingProblem problem,
                                    Collection<VehicleRoutingProblemSolution> solutions) {
        VehicleRoutingProblemSolution current = Solutions.bestOf(solutions);
        if (current != null) {
            current.getUnassignedJobs().forEach(job -> iterationsOut.merge(job.getId(), 1, Integer::sum));
        }
    }
}
