package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.SearchStrategy;
import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.acceptor.SolutionAcceptor;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.module.RuinAndRecreateModule;
import com.graphhopper.jsprit.core.algorithm.recreate.JobInsertionCostsCalculator;
import com.graphhopper.jsprit.core.algorithm.recreate.JobInsertionCostsCalculatorBuilder;
import com.graphhopper.jsprit.core.algorithm.recreate.listener.InsertionListener;
import com.graphhopper.jsprit.core.algorithm.ruin.JobNeighborhoods;
import com.graphhopper.jsprit.core.algorithm.ruin.JobNeighborhoodsFactory;
import com.graphhopper.jsprit.core.algorithm.ruin.distance.AvgServiceAndShipmentDistance;
import com.graphhopper.jsprit.core.algorithm.selector.SelectBest;
import com.graphhopper.jsprit.core.algorithm.state.StateManager;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.constraint.ConstraintManager;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.solution.SolutionCostCalculator;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.vehicle.FiniteFleetManagerFactory;
import com.graphhopper.jsprit.core.problem.vehicle.InfiniteFleetManagerFactory;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleFleetManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Builds the jsprit algorithm of one search phase: jsprit's ruin-and-recreate with fast regret insertion, the
 * plan's objective ({@link PlanObjective}), fixed costs weighed at insertion, the business rules of the
 * {@link SolverExtension}s, a threshold acceptance that decays over the phase's budget
 * ({@link DecayingThresholdAcceptance}) and a stop at the end of the budget. Optionally the phase starts from a
 * given solution instead of a constructed one, and is kept to some of the vehicles ({@link AllowedVehicles}),
 * which also weighs left-out jobs by how long they have been out ({@link LeftOutWeights}).
 *
 * <p>Large problems (from {@value #LARGE_FROM_JOBS} jobs, or from {@value #LARGE_FROM_JOBS_TIMES_TYPES} jobs times
 * vehicle types) get a cheaper set-up: the first solution by best insertion instead of regret insertion (regret
 * keeps a sorted insertion table per job and vehicle; for 1,000 jobs and 100 vehicles it had not finished after
 * five minutes, and the time budget is only checked between iterations), and no vehicle switch (every fleet
 * vehicle has its own jsprit type, so each insertion into a route would also be tried with every unused vehicle: a
 * hundred times the work with a hundred vans; see also {@link CoreRules}).
 */
final class PhaseAlgorithms {

    /** From this many jobs on the cheaper set-up is used. */
    static final int LARGE_FROM_JOBS = 500;

    /**
     * From this many jobs times distinct vehicle types on the cheaper set-up is used too: regret insertion and the
     * vehicle switch work per job and type, and in the hub every vehicle is a type of its own. With 100 vans and a
     * budget of 30 s, 400 stops took 51 to 56 s to a first plan with the full set-up, 59 to 63 s in all, and up to
     * 2.6 GB of heap; with the cheaper one under a second to a first plan, and the plans cost 3 to 5 % less; at
     * 200 stops 0.8 to 1.5 % less (planning-engine/README.md, "The cheaper set-up for many vehicle types").
     */
    static final int LARGE_FROM_JOBS_TIMES_TYPES = 20_000;

    /**
     * Weight of the SISR strategy ({@link SisrRuin} with {@link BlinkInsertion}) beside jsprit's own ruin and
     * recreate strategies, whose weights add up to 3.5.
     */
    static final double SISR_WEIGHT = 3.5;

    /**
     * SISR's weight in the polish of long routes (from {@value #LONG_ROUTE_STOPS} stops per route on average): four
     * fifths of the iterations. A SISR iteration ruins about ten stops and is several times cheaper than one of
     * jsprit's, which ruin a third of them; on long routes the many small ruins shorten the routes more in the same
     * time, on short ones jsprit's large ruins do better (planning-engine/README.md, "SISR's share of the polish").
     */
    static final double LONG_ROUTES_SISR_WEIGHT = 14;

    /** From this many routed stops per route on average a polish counts as one of long routes. */
    static final int LONG_ROUTE_STOPS = 20;

    private final VehicleRoutingProblem problem;
    private final List<SolverExtension> extensions;
    private final PlanObjective objective;
    private final int threads;
    private final boolean large;
    private JobNeighborhoods neighbours;

    PhaseAlgorithms(VehicleRoutingProblem problem, List<SolverExtension> extensions, int threads) {
        this.problem = problem;
        this.extensions = List.copyOf(extensions);
        this.objective = new PlanObjective(problem);
        this.threads = threads;
        this.large = isLarge(problem);
    }

    /** Whether the problem gets the cheaper set-up for large problems. */
    boolean isLarge() {
        return large;
    }

    /** Whether a problem gets the cheaper set-up for large problems. */
    static boolean isLarge(VehicleRoutingProblem problem) {
        long jobs = problem.getJobs().size();
        long types = CoreRules.oneOfEachType(problem.getVehicles()).size();
        return jobs >= LARGE_FROM_JOBS || jobs * types >= LARGE_FROM_JOBS_TIMES_TYPES;
    }

    /** The objective every phase minimises. */
    PlanObjective objective() {
        return objective;
    }

    /** SISR's weight in the polish of a solution: {@link #LONG_ROUTES_SISR_WEIGHT} for long routes. */
    static double polishSisrWeight(VehicleRoutingProblemSolution start) {
        int routes = start.getRoutes().size();
        int stops = start.getRoutes().stream().mapToInt(route -> route.getTourActivities().jobSize()).sum();
        return routes > 0 && stops >= LONG_ROUTE_STOPS * routes ? LONG_ROUTES_SISR_WEIGHT : SISR_WEIGHT;
    }

    /**
     * @param budget     the phase's iterations and time
     * @param seed       seed of the phase's random numbers
     * @param initial    the solution to start from; empty: jsprit constructs one
     * @param vehicles   the vehicles jobs may be put on; empty: all
     * @param sisrWeight the SISR strategy's weight beside jsprit's own strategies (whose weights add up to 3.5)
     */
    VehicleRoutingAlgorithm create(PhaseBudget budget, long seed, Optional<VehicleRoutingProblemSolution> initial,
                                   Optional<Set<String>> vehicles, double sisrWeight) {
        StateManager stateManager = new StateManager(problem);
        ConstraintManager constraintManager = rulesOn(stateManager, !isLarge());
        vehicles.ifPresent(ids -> constraintManager.addConstraint(new AllowedVehicles(ids)));
        DecayingThresholdAcceptance acceptance = new DecayingThresholdAcceptance(budget, this::routingCost);
        Optional<LeftOutWeights> leftOutWeights = vehicles.map(ids -> new LeftOutWeights(objective));
        SolutionCostCalculator objectiveFunction = leftOutWeights.<SolutionCostCalculator>map(w -> w).orElse(objective);
        Random random = new Random(seed);
        VehicleFleetManager fleet = fleet();
        Jsprit.Builder builder = Jsprit.Builder.newInstance(problem);
        if (!isLarge()) {
            builder.addSearchStrategy(sisr(stateManager, constraintManager, fleet, acceptance, objectiveFunction,
                    random), sisrWeight);
        }
        VehicleRoutingAlgorithm algorithm = builder
                .setVehicleFleetManager(fleet)
                .setStateAndConstraintManager(stateManager, constraintManager)
                .addCoreStateAndConstraintStuff(false)
                .setProperty(Jsprit.Parameter.ITERATIONS, Integer.toString(budget.iterations()))
                .setProperty(Jsprit.Parameter.THREADS, Integer.toString(threads))
                .setProperty(Jsprit.Parameter.FAST_REGRET, "true")
                .setProperty(Jsprit.Parameter.FIXED_COST_PARAM, "1.0")
                .setProperty(Jsprit.Parameter.VEHICLE_SWITCH, Boolean.toString(!isLarge()))
                .setProperty(Jsprit.Parameter.CONSTRUCTION, (isLarge() ? Jsprit.Construction.BEST_INSERTION
                        : Jsprit.Construction.REGRET_INSERTION).toString())
                .setCustomAcceptor(acceptance)
                .setRandom(random)
                .setObjectiveFunction(objectiveFunction)
                .buildAlgorithm();
        algorithm.addListener(acceptance);
        leftOutWeights.ifPresent(algorithm::addListener);
        TimeTermination time = new TimeTermination(budget.millis());
        algorithm.addTerminationCriterion(time);
        algorithm.addListener(time);
        initial.ifPresent(algorithm::addInitialSolution);
        return algorithm;
    }

    /** SISR's ruin and blink insertion as one jsprit strategy, on the phase's states, rules and fleet. */
    private SearchStrategy sisr(StateManager stateManager, ConstraintManager constraintManager,
                                VehicleFleetManager fleet, SolutionAcceptor acceptance,
                                SolutionCostCalculator objectiveFunction, Random random) {
        List<InsertionListener> insertionListeners = new ArrayList<>();
        BlinkInsertion insertion = new BlinkInsertion(problem, calculator(stateManager, constraintManager, fleet, true,
                insertionListeners));
        insertionListeners.forEach(insertion::addListener);
        insertion.setRandom(random);
        constraintManager.addConstraint(insertion, ConstraintManager.Priority.HIGH);
        SisrRuin ruin = new SisrRuin(problem, neighbours());
        ruin.setRandom(random);
        RuinAndRecreateModule module = new RuinAndRecreateModule("sisr", insertion, ruin);
        module.setRandom(random);
        SearchStrategy strategy = new SearchStrategy("sisr", new SelectBest(), acceptance, objectiveFunction);
        strategy.addModule(module);
        return strategy;
    }

    /**
     * Route minimisation with an ejection pool ({@link EjectionPoolRouteMinimiser}) on the problem's rules, within
     * the budget.
     */
    EjectionPoolRouteMinimiser routeMinimiser(PhaseBudget budget, long seed) {
        return new EjectionPoolRouteMinimiser(problem, ejectionPoolInsertion(budget, seed), objective);
    }

    /**
     * The insertion of {@link #routeMinimiser}, with states and rules of its own; it never moves a route to another
     * vehicle, so the states are kept for each route's own vehicle only.
     */
    EjectionPoolInsertion ejectionPoolInsertion(PhaseBudget budget, long seed) {
        StateManager stateManager = new StateManager(problem);
        ConstraintManager constraintManager = rulesOn(stateManager, false);
        List<InsertionListener> insertionListeners = new ArrayList<>();
        EjectionPoolInsertion insertion = new EjectionPoolInsertion(problem, calculator(stateManager,
                constraintManager, fleet(), false, insertionListeners), stateManager, budget);
        insertionListeners.forEach(insertion::addListener);
        insertion.addListener(stateManager);
        insertion.setRandom(new Random(seed));
        return insertion;
    }

    /** The state manager's rules: the extensions' and jsprit's core rules ({@link CoreRules}). */
    private ConstraintManager rulesOn(StateManager stateManager, boolean vehicleSwitch) {
        ConstraintManager constraintManager = new ConstraintManager(problem, stateManager);
        extensions.forEach(extension -> extension.configure(problem, stateManager, constraintManager));
        CoreRules.addTo(problem, stateManager, constraintManager, vehicleSwitch);
        return constraintManager;
    }

    private VehicleFleetManager fleet() {
        return problem.getFleetSize() == VehicleRoutingProblem.FleetSize.INFINITE
                ? new InfiniteFleetManagerFactory(problem.getVehicles()).createFleetManager()
                : new FiniteFleetManagerFactory(problem.getVehicles()).createFleetManager();
    }

    /** jsprit's insertion calculator on the rules; the listeners it needs are added to {@code listeners}. */
    private JobInsertionCostsCalculator calculator(StateManager stateManager, ConstraintManager constraintManager,
                                                   VehicleFleetManager fleet, boolean vehicleSwitch,
                                                   List<InsertionListener> listeners) {
        return new JobInsertionCostsCalculatorBuilder(listeners, new ArrayList<>())
                .setStateManager(stateManager)
                .setConstraintManager(constraintManager)
                .setVehicleRoutingProblem(problem)
                .setVehicleFleetManager(fleet)
                .setLocalLevel(true)
                .setAllowVehicleSwitch(vehicleSwitch)
                .build();
    }

    /** Every job's neighbours, nearest first, built once for all phases. */
    private JobNeighborhoods neighbours() {
        if (neighbours == null) {
            neighbours = new JobNeighborhoodsFactory().createNeighborhoods(problem,
                    new AvgServiceAndShipmentDistance(problem.getTransportCosts()), problem.getJobs().size());
            neighbours.initialise();
        }
        return neighbours;
    }

    /** The solution's cost without fixed vehicle costs and unassigned penalties. */
    double routingCost(VehicleRoutingProblemSolution solution) {
        double cost = solution.getCost();
        for (VehicleRoute route : solution.getRoutes()) {
            cost -= route.getVehicle().getType().getVehicleCostParams().fix;
        }
        for (Job job : solution.getUnassignedJobs()) {
            cost -= objective.penaltyOf(job);
        }
        return cost;
    }
}
