package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.recreate.AbstractInsertionStrategy;
import com.graphhopper.jsprit.core.algorithm.recreate.InsertionData;
import com.graphhopper.jsprit.core.algorithm.recreate.JobInsertionCostsCalculator;
import com.graphhopper.jsprit.core.algorithm.ruin.distance.AvgServiceAndShipmentDistance;
import com.graphhopper.jsprit.core.algorithm.ruin.distance.JobDistance;
import com.graphhopper.jsprit.core.algorithm.state.StateManager;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The insertion of route minimisation with an ejection pool (Nagata and Bräysy, "A powerful route minimization
 * heuristic for the vehicle routing problem with time windows", Operations Research Letters 37(5), 2009): puts the
 * jobs into the given routes, never onto a new one. The jobs wait in a pool; each step takes the one with the
 * highest weight (of equals, the one that came in last) and puts it at its cheapest place. Where it fits nowhere
 * its weight grows by one and it goes in anyway, in place of at most {@value #MAX_EJECTED} jobs of one route
 * beside which it then fits: the ones with the smallest sum of weights (of equal sums, those nearest to it). They
 * go into the pool. A job that keeps failing grows dear to eject and pushes easier ones out, which find room
 * elsewhere. After each ejection a few random moves of jobs between routes shake the routes up. Insertion ends
 * when the pool is empty, when a job fits nowhere even after ejections, or when the budget is used up, and returns
 * the jobs still in the pool. The paper's squeeze (an infeasible insertion repaired by local search) is left out.
 *
 * <p>The places come from jsprit's insertion calculator, so every rule of the plan holds (windows, capacity,
 * skills, the extensions' rules); register the state manager that the calculator reads as a listener of this
 * insertion. Only jobs of the problem are ejected: never a break, never a job of a vehicle under way (an initial
 * route's). The given collection of routes is changed: a route with ejections is replaced by a changed copy.
 */
final class EjectionPoolInsertion extends AbstractInsertionStrategy {

    /**
     * Jobs ejected at most to make room for one: every single job and pair of a route is tried. The paper's k_max
     * is 5, with a feasibility test of its own; here each try asks jsprit's calculator.
     */
    static final int MAX_EJECTED = 2;

    /** Random moves after each ejection; the paper's I_rand is 1,000 cheaper ones. */
    static final int RANDOM_MOVES = 20;

    private final JobInsertionCostsCalculator calculator;
    private final StateManager states;
    private final JobDistance distance;
    private final PhaseBudget budget;
    private final Map<String, Integer> weights = new HashMap<>();
    private int steps;
    private double endShare = 1;
    private IntConsumer stepListener = steps -> { };

    /**
     * @param calculator jsprit's insertion calculator, without vehicle switch
     * @param states     the state manager the calculator reads
     * @param budget     steps (one per job taken from the pool) and time of all insertions of this object together
     */
    EjectionPoolInsertion(VehicleRoutingProblem problem, JobInsertionCostsCalculator calculator, StateManager states,
                          PhaseBudget budget) {
        super(problem);
        this.calculator = calculator;
        this.states = states;
        this.budget = budget;
        this.distance = new AvgServiceAndShipmentDistance(problem.getTransportCosts());
    }

    /** Whether the steps or the time of the budget are used up, or the share it is to end at. */
    boolean exhausted() {
        return usedShare() >= endShare;
    }

    /** The share of the budget used so far. */
    double usedShare() {
        return budget.usedShare(steps);
    }

    /** Ends the insertions once this share of the budget is used (at most 1, the whole budget). */
    void endAt(double share) {
        endShare = Math.min(1, share);
    }

    /** Told the number of steps so far after every step. */
    void onStep(IntConsumer listener) {
        this.stepListener = listener;
    }

    /** The weights start at one for every call: each emptied route is a search of its own. */
    @Override
    public Collection<Job> insertUnassignedJobs(Collection<VehicleRoute> routes, Collection<Job> jobs) {
        weights.clear();
        List<VehicleRoute> working = new ArrayList<>(routes);
        List<Job> pool = new ArrayList<>(jobs);
        while (!pool.isEmpty() && !exhausted() && step(pool, working)) {
            stepListener.accept(++steps);
        }
        routes.clear();
        routes.addAll(working);
        return pool;
    }

    /** Places the heaviest job of the pool; false if it fits nowhere even after ejections (it stays in the pool). */
    private boolean step(List<Job> pool, List<VehicleRoute> routes) {
        Job job = pool.remove(heaviest(pool));
        if (insertCheapest(job, routes)) {
            return true;
        }
        weights.merge(job.getId(), 1, Integer::sum);
        Optional<List<Job>> ejected = insertEjecting(job, routes);
        if (ejected.isEmpty()) {
            pool.add(job);
            return false;
        }
        pool.addAll(ejected.get());
        perturb(routes);
        return true;
    }

    private int weightOf(Job job) {
        return weights.getOrDefault(job.getId(), 1);
    }

    /** Index of the heaviest job, of equals the last. */
    private int heaviest(List<Job> pool) {
        int index = pool.size() - 1;
        for (int i = pool.size() - 2; i >= 0; i--) {
            if (weightOf(pool.get(i)) > weightOf(pool.get(index))) {
                index = i;
            }
        }
        return index;
    }

    private boolean insertCheapest(Job job, List<VehicleRoute> routes) {
        InsertionData best = null;
        VehicleRoute bestRoute = null;
        for (VehicleRoute route : routes) {
            InsertionData data = placeIn(route, job, best == null ? Double.MAX_VALUE : best.getInsertionCost());
            if (!(data instanceof InsertionData.NoInsertionFound)
                    && (best == null || data.getInsertionCost() < best.getInsertionCost())) {
                best = data;
                bestRoute = route;
            }
        }
        if (best == null) {
            return false;
        }
        insertJob(job, best, bestRoute);
        return true;
    }

    /**
     * Tries the ejections in the order of their weight and nearness; the first after which the job fits is made.
     * Only those that pass the route's {@link EjectionScreen} are tried with jsprit: each such try recomputes the
     * states of a copy of the route, which share their slots with the route's own, so the states of the routes
     * tried are recomputed at the end.
     */
    private Optional<List<Job>> insertEjecting(Job job, List<VehicleRoute> routes) {
        List<Ejection> ejections = ejectionsFor(job, routes);
        ejections.sort(Comparator.comparingInt(Ejection::weight).thenComparingDouble(Ejection::distance));
        Map<VehicleRoute, EjectionScreen> screens = new IdentityHashMap<>();
        Set<VehicleRoute> tried = Collections.newSetFromMap(new IdentityHashMap<>());
        Optional<List<Job>> made = Optional.empty();
        for (Ejection ejection : ejections) {
            if (!screens.computeIfAbsent(ejection.route(), route -> new EjectionScreen(vrp, route, job))
                    .mayTake(ejection.jobs())) {
                continue;
            }
            tried.add(ejection.route());
            VehicleRoute trial = VehicleRoute.copyOf(ejection.route());
            ejection.jobs().forEach(trial.getTourActivities()::removeJob);
            states.reCalculateStates(trial);
            InsertionData data = placeIn(trial, job, Double.MAX_VALUE);
            if (!(data instanceof InsertionData.NoInsertionFound)) {
                routes.set(routes.indexOf(ejection.route()), trial);
                insertJob(job, data, trial);
                tried.remove(ejection.route());
                made = Optional.of(ejection.jobs());
                break;
            }
        }
        tried.forEach(states::reCalculateStates);
        return made;
    }

    /**
     * The paper's random moves after an ejection, which keep the pool from meeting the same routes again:
     * {@value #RANDOM_MOVES} times a random job goes to its cheapest place on another random route if it fits
     * there, whatever the cost. A route keeps at least one job.
     */
    private void perturb(List<VehicleRoute> routes) {
        for (int move = 0; move < RANDOM_MOVES && routes.size() > 1; move++) {
            VehicleRoute from = routes.get(random.nextInt(routes.size()));
            VehicleRoute to = routes.get(random.nextInt(routes.size()));
            List<Job> movable = ejectable(from);
            if (from == to || movable.size() < 2) {
                continue;
            }
            Job job = movable.get(random.nextInt(movable.size()));
            InsertionData data = placeIn(to, job, Double.MAX_VALUE);
            if (!(data instanceof InsertionData.NoInsertionFound)) {
                from.getTourActivities().removeJob(job);
                states.reCalculateStates(from);
                insertJob(job, data, to);
            }
        }
    }

    private List<Job> ejectable(VehicleRoute route) {
        return route.getTourActivities().getJobs().stream()
                .filter(candidate -> vrp.getJobs().containsKey(candidate.getId())).toList();
    }

    /** Every set of one or two ejectable jobs of one route. */
    private List<Ejection> ejectionsFor(Job job, List<VehicleRoute> routes) {
        List<Ejection> ejections = new ArrayList<>();
        for (VehicleRoute route : routes) {
            List<Job> ejectable = ejectable(route);
            for (int i = 0; i < ejectable.size(); i++) {
                Job first = ejectable.get(i);
                double firstDistance = distance.getDistance(job, first);
                ejections.add(new Ejection(route, List.of(first), weightOf(first), firstDistance));
                for (int j = i + 1; j < ejectable.size(); j++) {
                    Job second = ejectable.get(j);
                    ejections.add(new Ejection(route, List.of(first, second), weightOf(first) + weightOf(second),
                            firstDistance + distance.getDistance(job, second)));
                }
            }
        }
        return ejections;
    }

    private InsertionData placeIn(VehicleRoute route, Job job, double bestSoFar) {
        return calculator.getInsertionData(route, job, NO_NEW_VEHICLE_YET, NO_NEW_DEPARTURE_TIME_YET,
                NO_NEW_DRIVER_YET, bestSoFar);
    }

    /** Jobs of one route to eject, their summed weight and summed distance to the job that takes their place. */
    private record Ejection(VehicleRoute route, List<Job> jobs, int weight, double distance) {
    }

    @Override
    public String toString() {
        return "[name=ejectionPoolInsertion]";
    }
}
