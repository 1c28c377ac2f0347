package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.state.StateManager;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.constraint.ConstraintManager;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.util.Solutions;
import com.graphhopper.jsprit.core.util.UnassignedJobReasonTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * The one place where the jsprit algorithm is put together and run, for the {@link PlanningEngine} and for anyone
 * who builds a {@link VehicleRoutingProblem} directly (the Solomon benchmark does). jsprit's default ruin-and-recreate
 * search with fast regret insertion (the first solution by best insertion from {@value #BEST_INSERTION_FROM_JOBS}
 * jobs on), stopped after {@link PlanningOptions#maxIterations()} or {@link PlanningOptions#timeBudget()},
 * whichever comes first; reports progress and records why jobs stay out.
 * The objective is the plan's money: fixed and variable vehicle costs (waiting before a route's first stop is free,
 * the vehicle leaves later) plus, per unassigned job, a penalty above the cost of a vehicle's whole day that grows
 * with the job's priority. Insertion weighs fixed costs too (jsprit's {@code FIXED_COST_PARAM} 1.0).
 */
public final class JspritSolver {

    private static final Logger LOG = LoggerFactory.getLogger(JspritSolver.class);

    /**
     * From this many jobs on the first solution is built by best insertion instead of regret insertion: regret
     * keeps a sorted insertion table per job and vehicle and had not finished after five minutes for 1,000 jobs and
     * 100 vehicles (the time budget is only checked between iterations, so it cannot stop it); best insertion
     * finished the first iteration in under 10 s there (and in about 6 minutes for 5,000 jobs).
     */
    static final int BEST_INSERTION_FROM_JOBS = 500;

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
        VehicleRoutingAlgorithm algorithm = createAlgorithm(problem, extensions);
        UnassignedJobReasonTracker reasons = SolverUnassignedReasons.newTracker();
        algorithm.addListener(reasons);
        ProgressRelay progress = new ProgressRelay(options.progressListener());
        algorithm.addListener(progress);
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        LOG.debug("jsprit: {} jobs, {} vehicles, {} iterations in {} ms, cost {}, {} unassigned",
                problem.getJobs().size(), problem.getVehicles().size(), progress.iterationsStarted(),
                elapsed.toMillis(), best.getCost(), best.getUnassignedJobs().size());
        return new SolverResult(best, SolverUnassignedReasons.of(best.getUnassignedJobs(), reasons),
                progress.iterationsStarted(), elapsed);
    }

    private VehicleRoutingAlgorithm createAlgorithm(VehicleRoutingProblem problem, List<SolverExtension> extensions) {
        StateManager stateManager = new StateManager(problem);
        ConstraintManager constraintManager = new ConstraintManager(problem, stateManager);
        extensions.forEach(extension -> extension.configure(problem, stateManager, constraintManager));
        VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(problem)
                .setStateAndConstraintManager(stateManager, constraintManager)
                .setProperty(Jsprit.Parameter.ITERATIONS, Integer.toString(options.maxIterations()))
                .setProperty(Jsprit.Parameter.THREADS, Integer.toString(options.threads()))
                .setProperty(Jsprit.Parameter.FAST_REGRET, "true")
                .setProperty(Jsprit.Parameter.FIXED_COST_PARAM, "1.0")
                .setProperty(Jsprit.Parameter.CONSTRUCTION, construction(problem).toString())
                .setRandom(new Random(options.randomSeed()))
                .setObjectiveFunction(new PlanObjective(problem))
                .buildAlgorithm();
        TimeTermination timeBudget = new TimeTermination(options.timeBudget().toMillis());
        algorithm.addTerminationCriterion(timeBudget);
        algorithm.addListener(timeBudget);
        return algorithm;
    }

    private static Jsprit.Construction construction(VehicleRoutingProblem problem) {
        return problem.getJobs().size() >= BEST_INSERTION_FROM_JOBS ? Jsprit.Construction.BEST_INSERTION
                : Jsprit.Construction.REGRET_INSERTION;
    }
}
