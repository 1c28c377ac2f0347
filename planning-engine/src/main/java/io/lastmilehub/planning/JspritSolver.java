package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/**
 * The one place where the jsprit algorithm is put together and run, for the {@link PlanningEngine} and for anyone
 * who builds a {@link VehicleRoutingProblem} directly (the Solomon benchmark does). jsprit's ruin-and-recreate
 * search with fast regret insertion ({@link PhaseAlgorithms}), in phases that try to use fewer vehicles
 * ({@link VehicleMinimisingSearch}), stopped after {@link PlanningOptions#maxIterations()} or
 * {@link PlanningOptions#timeBudget()}, whichever comes first; reports progress and records why jobs stay out.
 * The objective is the plan's money: fixed and variable vehicle costs (waiting before a route's first stop is free,
 * the vehicle leaves later) plus, per unassigned job, a penalty above the cost of a vehicle's whole day that grows
 * with the job's priority. Insertion weighs fixed costs too (jsprit's {@code FIXED_COST_PARAM} 1.0).
 * With several threads, problems that are not large run that many whole searches side by side
 * ({@link PortfolioSearch}); large ones share jsprit's threads in one search.
 */
public final class JspritSolver {

    private static final Logger LOG = LoggerFactory.getLogger(JspritSolver.class);

    private final PlanningOptions options;

    /** @param options iterations, time budget, threads, seed and progress listener */
    public JspritSolver(PlanningOptions options) {
        this.options = Checks.notNull(options, "options");
    }

    /** Solves with jsprit's core rules only. */
    public SolverResult solve(VehicleRoutingProblem problem) {
        return solve(problem, List.of());
    }

    /** Solves with jsprit's core rules plus the extensions. */
    public SolverResult solve(VehicleRoutingProblem problem, List<SolverExtension> extensions) {
        Checks.notNull(problem, "problem");
        Checks.notNull(extensions, "extensions");
        long started = System.nanoTime();
        SearchOutcome outcome = options.threads() > 1 && !PhaseAlgorithms.isLarge(problem)
                ? new PortfolioSearch(problem, extensions, options).run()
                : SearchOutcome.of(new PhaseAlgorithms(problem, extensions, options.threads()), options);
        VehicleRoutingProblemSolution best = outcome.best();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        LOG.debug("jsprit: {} jobs, {} vehicles, {} iterations in {} ms, cost {}, {} unassigned",
                problem.getJobs().size(), problem.getVehicles().size(), outcome.iterations(),
                elapsed.toMillis(), best.getCost(), best.getUnassignedJobs().size());
        return new SolverResult(best, SolverUnassignedReasons.of(best.getUnassignedJobs(), outcome.reasons()),
                outcome.iterations(), elapsed);
    }
}
