package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.acceptor.SolutionAcceptor;
import com.graphhopper.jsprit.core.algorithm.listener.IterationStartsListener;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.util.Solutions;

import java.util.Collection;
import java.util.function.ToDoubleFunction;

/**
 * Threshold acceptance (Schrimpf et al., as jsprit's {@code SchrimpfAcceptance}) whose threshold decays with the
 * share of the phase's budget used: iterations or time, whichever is further along. jsprit decays by iterations
 * only; with the iteration limit lifted so that a time budget decides, its threshold never falls and the search
 * wanders until it stops.
 *
 * <p>The first threshold is {@value #INITIAL_SHARE} of the routing cost of the phase's first solution (its cost
 * without fixed vehicle costs and unassigned penalties, which would dwarf it); it halves every
 * {@value #HALF_LIFE} of the budget. One solution is kept in memory.
 */
final class DecayingThresholdAcceptance implements SolutionAcceptor, IterationStartsListener {

    /** jsprit's {@code THRESHOLD_INI}. */
    static final double INITIAL_SHARE = 0.03;

    /** jsprit's {@code THRESHOLD_ALPHA}: the threshold halves every 15 % of the budget. */
    static final double HALF_LIFE = 0.15;

    private final PhaseBudget budget;
    private final ToDoubleFunction<VehicleRoutingProblemSolution> routingCost;
    private double initialThreshold = -1;
    private double threshold;

    /**
     * @param budget      the phase's iterations and time, with its start
     * @param routingCost a solution's cost without fixed costs and penalties
     */
    DecayingThresholdAcceptance(PhaseBudget budget, ToDoubleFunction<VehicleRoutingProblemSolution> routingCost) {
        this.budget = budget;
        this.routingCost = routingCost;
    }

    @Override
    public void informIterationStarts(int iteration, VehicleRoutingProblem problem,
                                      Collection<VehicleRoutingProblemSolution> solutions) {
        if (initialThreshold < 0) {
            VehicleRoutingProblemSolution first = Solutions.bestOf(solutions);
            initialThreshold = first == null ? 0 : INITIAL_SHARE * Math.max(0, routingCost.applyAsDouble(first));
        }
        threshold = initialThreshold * Math.pow(0.5, budget.usedShare(iteration - 1) / HALF_LIFE);
    }

    @Override
    public boolean acceptSolution(Collection<VehicleRoutingProblemSolution> solutions,
                                  VehicleRoutingProblemSolution candidate) {
        VehicleRoutingProblemSolution current = Solutions.bestOf(solutions);
        if (current == null) {
            solutions.add(candidate);
            return true;
        }
        if (candidate.getCost() < current.getCost() + threshold) {
            solutions.remove(current);
            solutions.add(candidate);
            return true;
        }
        return false;
    }

    double threshold() {
        return threshold;
    }
}
