package io.lastmilehub.planning.benchmark;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Google OR-Tools' routing solver on a Solomon instance, set up as its VRPTW guide does: a capacity dimension, a
 * time dimension whose transit is travel plus the service at the origin with waiting allowed as slack, every
 * customer's window on the cumul of its node, the depot's horizon on starts and ends; arc cost = distance, plus a
 * fixed cost per used vehicle larger than any total distance, so that vehicles come first. First solution by
 * parallel cheapest insertion (path-cheapest-arc, the guide's choice, finds no first solution for R101 or RC105;
 * the system property {@value #FIRST_SOLUTION_PROPERTY} picks another {@link FirstSolutionStrategy.Value}), then
 * guided local search until the time budget ends. One search thread, as jsprit gets by default.
 *
 * <p>OR-Tools works in integers: distances are scaled by {@value #SCALE}. Arc costs are rounded; travel times are
 * rounded up, so that every schedule it finds is also feasible in double precision (the evaluator checks).
 */
public final class OrToolsBenchmarkSolver implements BenchmarkSolver {

    /** Integer units per unit of Solomon distance and time. */
    static final long SCALE = 1000;

    /** System property naming the first-solution strategy. */
    static final String FIRST_SOLUTION_PROPERTY = "ortools.firstSolution";

    /** Per used vehicle, in scaled units: more than any route set's distance. */
    private static final long FIXED_COST_PER_VEHICLE = 100_000 * SCALE;

    static {
        Loader.loadNativeLibraries();
    }

    @Override
    public String name() {
        return "ortools";
    }

    /** OR-Tools' routing search takes no seed: its runs differ only in how far the time limit lets them go. */
    @Override
    public boolean usesSeed() {
        return false;
    }

    @Override
    public VrptwSolution solve(SolomonInstance instance, Duration budget, long seed) {
        long started = System.nanoTime();
        List<SolomonNode> nodes = new ArrayList<>();
        nodes.add(instance.depot());
        nodes.addAll(instance.customers());
        int n = nodes.size();
        long[][] cost = new long[n][n];
        long[][] time = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double distance = nodes.get(i).distanceTo(nodes.get(j)) * SCALE;
                cost[i][j] = Math.round(distance);
                time[i][j] = (long) Math.ceil(distance - 1e-9) + Math.round(nodes.get(i).serviceTime() * SCALE);
            }
        }
        RoutingIndexManager manager = new RoutingIndexManager(n, instance.vehicleCount(), 0);
        RoutingModel routing = new RoutingModel(manager);
        int arcs = routing.registerTransitCallback((from, to) ->
                cost[manager.indexToNode(from)][manager.indexToNode(to)]);
        routing.setArcCostEvaluatorOfAllVehicles(arcs);
        routing.setFixedCostOfAllVehicles(FIXED_COST_PER_VEHICLE);
        addCapacity(instance, nodes, manager, routing);
        addTime(instance, nodes, manager, routing, time);
        BestTime bestTime = new BestTime(routing, started);
        routing.addAtSolutionCallback(bestTime::onSolution);
        Assignment solution = routing.solveWithParameters(parameters(budget));
        List<List<Integer>> routes = solution == null ? List.of()
                : routesOf(instance, nodes, manager, routing, solution);
        return new VrptwSolution(routes, bestTime.timeToBest(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static void addCapacity(SolomonInstance instance, List<SolomonNode> nodes, RoutingIndexManager manager,
                                    RoutingModel routing) {
        int demand = routing.registerUnaryTransitCallback(index -> nodes.get(manager.indexToNode(index)).demand());
        long[] capacities = new long[instance.vehicleCount()];
        Arrays.fill(capacities, instance.vehicleCapacity());
        routing.addDimensionWithVehicleCapacity(demand, 0, capacities, true, "Capacity");
    }

    private static void addTime(SolomonInstance instance, List<SolomonNode> nodes, RoutingIndexManager manager,
                                RoutingModel routing, long[][] time) {
        int transit = routing.registerTransitCallback((from, to) ->
                time[manager.indexToNode(from)][manager.indexToNode(to)]);
        long horizon = Math.round(instance.depot().dueTime() * SCALE);
        routing.addDimension(transit, horizon, horizon, false, "Time");
        RoutingDimension dimension = routing.getMutableDimension("Time");
        for (int node = 1; node < nodes.size(); node++) {
            SolomonNode customer = nodes.get(node);
            dimension.cumulVar(manager.nodeToIndex(node)).setRange(Math.round(customer.readyTime() * SCALE),
                    Math.round(customer.dueTime() * SCALE));
        }
        long ready = Math.round(instance.depot().readyTime() * SCALE);
        for (int vehicle = 0; vehicle < instance.vehicleCount(); vehicle++) {
            dimension.cumulVar(routing.start(vehicle)).setRange(ready, horizon);
            dimension.cumulVar(routing.end(vehicle)).setRange(ready, horizon);
        }
    }

    private static RoutingSearchParameters parameters(Duration budget) {
        return main.defaultRoutingSearchParameters().toBuilder()
                .setFirstSolutionStrategy(FirstSolutionStrategy.Value.valueOf(System.getProperty(FIRST_SOLUTION_PROPERTY,
                        "PARALLEL_CHEAPEST_INSERTION")))
                .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
                .setTimeLimit(com.google.protobuf.Duration.newBuilder().setSeconds(budget.toSeconds())
                        .setNanos(budget.toNanosPart()).build())
                .build();
    }

    private static List<List<Integer>> routesOf(SolomonInstance instance, List<SolomonNode> nodes,
                                                RoutingIndexManager manager, RoutingModel routing,
                                                Assignment solution) {
        List<List<Integer>> routes = new ArrayList<>();
        for (int vehicle = 0; vehicle < instance.vehicleCount(); vehicle++) {
            List<Integer> route = new ArrayList<>();
            long index = solution.value(routing.nextVar(routing.start(vehicle)));
            while (!routing.isEnd(index)) {
                route.add(nodes.get(manager.indexToNode(index)).number());
                index = solution.value(routing.nextVar(index));
            }
            routes.add(route);
        }
        return routes;
    }

    /** Remembers when the objective last fell. */
    private static final class BestTime {

        private final RoutingModel routing;
        private final long started;
        private long best = Long.MAX_VALUE;
        private long foundAt;

        BestTime(RoutingModel routing, long started) {
            this.routing = routing;
            this.started = started;
            this.foundAt = started;
        }

        void onSolution() {
            long cost = routing.costVar().value();
            if (cost < best) {
                best = cost;
                foundAt = System.nanoTime();
            }
        }

        Duration timeToBest() {
            return Duration.ofNanos(foundAt - started);
        }
    }
}
