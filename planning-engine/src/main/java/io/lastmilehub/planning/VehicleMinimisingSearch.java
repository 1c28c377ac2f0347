package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.listener.VehicleRoutingAlgorithmListener;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.util.Solutions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The search in three phases, sharing {@link PlanningOptions#maxIterations()} and
 * {@link PlanningOptions#timeBudget()}:
 * <ol>
 *   <li><b>construct and improve</b> ({@value #FIRST_SHARE} of the budget): jsprit builds a first solution and
 *       improves it by ruin and recreate;
 *   <li>with {@link PlanningOptions#ejectionPool()}: <b>route minimisation with an ejection pool</b>
 *       (at most {@value #EJECTION_SHARE} of the time, and at most {@value #POOL_STEPS_PER_ITERATION} pool steps
 *       per iteration of that share, which they count as; {@link EjectionPoolRouteMinimiser}, which ends early
 *       when it stalls after emptying a route) from the best solution;
 *   <li>without it: <b>route elimination</b> (up to {@value #ELIMINATION_END} of the budget, each attempt at most
 *       {@value #ATTEMPT_SHARE}): empty the route with the fewest stops, keep its vehicle and every unused one out
 *       of the search ({@link AllowedVehicles}) and let ruin and recreate find room for its jobs on the other
 *       routes, weighing left-out jobs by how long they have been out ({@link LeftOutWeights}); an attempt ends
 *       as soon as a solution is cheaper than the best one. A success is kept and the next smallest route emptied;
 *       an attempt that runs out of its share hands its best partial solution to the next attempt (a restart of
 *       the threshold), until the phase's share is used.
 *   <li><b>polish</b> (the rest): ruin and recreate from the best solution with the whole fleet; on long routes
 *       mostly SISR's small ruins ({@link PhaseAlgorithms#polishSisrWeight}).
 * </ol>
 * Why: jsprit's ruin and recreate alone rarely empties a route even when one vehicle costs more than any detour
 * (Solomon's objective, and a fleet with real fixed costs), because a whole route's jobs must move in one step.
 * The phases only ever keep a cheaper solution under the plan's objective, so the objective decides whether a
 * vehicle less is worth it.
 * Large problems ({@link PhaseAlgorithms#isLarge()}) run the first phase only. The pool and the polish were measured
 * there (planning-engine/README.md, "The pool on large problems"): they saved five or six vehicles of 366 on the
 * Gehring and Homberger instances of 1,000 customers at 300 s, but on generated days of 1,000 stops with the hub's
 * costs the plans cost 0.8 to 6.8 % more at 30 s: one attempt to empty a route that cannot be emptied took the
 * pool's whole share.
 */
final class VehicleMinimisingSearch {

    private static final Logger LOG = LoggerFactory.getLogger(VehicleMinimisingSearch.class);

    static final double FIRST_SHARE = 0.25;
    static final double ELIMINATION_END = 0.8;
    static final double ATTEMPT_SHARE = 0.15;
    /**
     * With the pool, the jsprit route elimination does not run: at 10 s on the R and RC instances, two seeds, the
     * pool for 30 % and the polish for the rest took fewer vehicles and shorter routes than the pool for 20 %, then
     * the elimination to 60 % or 80 % (planning-engine/README.md, "The pool instead of the elimination").
     */
    static final double EJECTION_SHARE = 0.3;
    /**
     * A pool step places one job; an iteration ruins and recreates about a tenth of them. Five steps took about as
     * long as one iteration on the Solomon instances.
     */
    static final int POOL_STEPS_PER_ITERATION = 5;
    private static final double MIN_ATTEMPT_SHARE = 0.02;

    private final PhaseAlgorithms algorithms;
    private final PlanningOptions options;
    private final ProgressRelay progress;
    private final List<VehicleRoutingAlgorithmListener> listeners;
    private final long startNanos = System.nanoTime();
    private int iterationsUsed;
    private int phases;

    /**
     * @param algorithms builds each phase's algorithm
     * @param options    budget, seed
     * @param progress   told of every iteration, numbered across phases
     * @param listeners  added to the unrestricted phases (construct, polish), e.g. the unassigned-reason tracker
     */
    VehicleMinimisingSearch(PhaseAlgorithms algorithms, PlanningOptions options, ProgressRelay progress,
                            List<VehicleRoutingAlgorithmListener> listeners) {
        this.algorithms = algorithms;
        this.options = options;
        this.progress = progress;
        this.listeners = List.copyOf(listeners);
    }

    /** Runs the phases; returns the best solution found. */
    VehicleRoutingProblemSolution run() {
        if (algorithms.isLarge()) {
            return phase(1.0, Optional.empty(), Optional.empty(), Double.NEGATIVE_INFINITY,
                    PhaseAlgorithms.SISR_WEIGHT);
        }
        VehicleRoutingProblemSolution best = phase(FIRST_SHARE, Optional.empty(), Optional.empty(),
                Double.NEGATIVE_INFINITY, PhaseAlgorithms.SISR_WEIGHT);
        best = options.ejectionPool() ? minimiseRoutes(best) : eliminateRoutes(best);
        VehicleRoutingProblemSolution polished = phase(1.0, Optional.of(best), Optional.empty(),
                Double.NEGATIVE_INFINITY, PhaseAlgorithms.polishSisrWeight(best));
        return polished.getCost() < best.getCost() ? polished : best;
    }

    /** The route elimination phase, up to {@value #ELIMINATION_END} of the budget. */
    private VehicleRoutingProblemSolution eliminateRoutes(VehicleRoutingProblemSolution start) {
        VehicleRoutingProblemSolution best = start;
        VehicleRoutingProblemSolution partial = null;
        while (best.getRoutes().size() > 1 && usedShare() < ELIMINATION_END - MIN_ATTEMPT_SHARE) {
            if (partial == null) {
                partial = without(best, bySize(best).get(0));
            }
            Set<String> vehicles = partial.getRoutes().stream().map(r -> r.getVehicle().getId())
                    .collect(Collectors.toSet());
            double share = Math.min(ATTEMPT_SHARE, ELIMINATION_END - usedShare());
            VehicleRoutingProblemSolution found = phase(share, Optional.of(partial), Optional.of(vehicles),
                    best.getCost(), PhaseAlgorithms.SISR_WEIGHT);
            if (found.getCost() < best.getCost()) {
                LOG.debug("route elimination: {} routes -> {}, cost {} -> {}", best.getRoutes().size(),
                        found.getRoutes().size(), best.getCost(), found.getCost());
                best = found;
                partial = null;
            } else {
                LOG.debug("route elimination goes on: {} routes, {} jobs left out at best", best.getRoutes().size(),
                        found.getUnassignedJobs().size() - best.getUnassignedJobs().size());
                partial = found;
            }
        }
        return best;
    }

    /** The ejection pool's phase; every {@value #POOL_STEPS_PER_ITERATION} of its steps count as an iteration. */
    private VehicleRoutingProblemSolution minimiseRoutes(VehicleRoutingProblemSolution start) {
        PhaseBudget share = budgetOf(EJECTION_SHARE);
        EjectionPoolRouteMinimiser minimiser = algorithms.routeMinimiser(new PhaseBudget(
                (int) Math.min(Integer.MAX_VALUE, (long) share.iterations() * POOL_STEPS_PER_ITERATION),
                share.millis(), share.startNanos()), options.randomSeed() + phases++);
        VehicleRoutingProblemSolution best = minimiser.minimise(start, POOL_STEPS_PER_ITERATION,
                progress::iterationDone);
        iterationsUsed = progress.iterationsStarted();
        LOG.debug("ejection pool: {} routes -> {}", start.getRoutes().size(), best.getRoutes().size());
        return best;
    }

    /**
     * One phase with {@code share} of the whole budget (at most what is left), ending early once a solution
     * costs less than {@code stopBelow}; SISR runs with {@code sisrWeight} beside jsprit's strategies.
     */
    private VehicleRoutingProblemSolution phase(double share, Optional<VehicleRoutingProblemSolution> initial,
                                                Optional<Set<String>> vehicles, double stopBelow,
                                                double sisrWeight) {
        VehicleRoutingAlgorithm algorithm = algorithms.create(budgetOf(share), options.randomSeed() + phases++,
                initial, vehicles, sisrWeight);
        if (vehicles.isEmpty()) {
            listeners.forEach(algorithm::addListener);
        }
        PlanObjective objective = algorithms.objective();
        algorithm.addTerminationCriterion(discovered -> discovered != null
                && objective.getCosts(discovered.getSolution()) < stopBelow);
        progress.startPhase();
        algorithm.addListener(progress);
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        iterationsUsed = progress.iterationsStarted();
        best.setCost(objective.getCosts(best));
        return best;
    }

    /** {@code share} of the whole budget's iterations and time, at most what is left, starting now. */
    private PhaseBudget budgetOf(double share) {
        long totalMillis = options.timeBudget().toMillis();
        long leftMillis = totalMillis - (System.nanoTime() - startNanos) / 1_000_000;
        int leftIterations = options.maxIterations() - iterationsUsed;
        return PhaseBudget.startingNow((int) Math.min(leftIterations, Math.ceil(share * options.maxIterations())),
                Math.min(leftMillis, (long) Math.ceil(share * totalMillis)));
    }

    /** Share of the whole budget used so far: iterations or time, whichever is further. */
    private double usedShare() {
        return new PhaseBudget(options.maxIterations(), options.timeBudget().toMillis(), startNanos)
                .usedShare(iterationsUsed);
    }

    /** The routes, fewest stops first (of equals, by vehicle id). */
    static List<VehicleRoute> bySize(VehicleRoutingProblemSolution solution) {
        List<VehicleRoute> routes = new ArrayList<>(solution.getRoutes());
        routes.sort(Comparator.comparingInt((VehicleRoute r) -> r.getActivities().size())
                .thenComparing(r -> r.getVehicle().getId()));
        return routes;
    }

    /** A copy without the route; its jobs become unassigned when the phase's algorithm takes the solution. */
    private static VehicleRoutingProblemSolution without(VehicleRoutingProblemSolution solution,
                                                         VehicleRoute emptied) {
        List<VehicleRoute> routes = solution.getRoutes().stream().filter(r -> r != emptied)
                .map(VehicleRoute::copyOf).collect(Collectors.toCollection(ArrayList::new));
        return new VehicleRoutingProblemSolution(routes, new ArrayList<>(solution.getUnassignedJobs()),
                solution.getCost());
    }
}
