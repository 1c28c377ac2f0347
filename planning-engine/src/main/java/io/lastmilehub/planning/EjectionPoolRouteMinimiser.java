package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Route minimisation with an ejection pool: empties the route with the fewest stops and puts its jobs on the other
 * routes with {@link EjectionPoolInsertion}. The smaller solution is kept only when every job found a place and
 * the plan's objective is lower; then the smallest route of the new solution is next. A route that cannot be
 * emptied stays, and the next smallest is tried. Ends when no route is left to try, when the insertion's budget is
 * used up, or when {@value #STAGNATION_SHARE} of it passed since the last route was emptied, and returns the best
 * solution. Routes with a job of a vehicle under way are never emptied.
 */
final class EjectionPoolRouteMinimiser {

    /**
     * Once a route was emptied, the minimiser ends when this share of its budget passes without emptying another:
     * an attempt that cannot succeed (the fleet is at its least) otherwise takes the rest of the budget, which the
     * search's polish uses better (planning-engine/README.md, "The pool ends when it stalls").
     */
    static final double STAGNATION_SHARE = 0.15;

    private final VehicleRoutingProblem problem;
    private final EjectionPoolInsertion insertion;
    private final PlanObjective objective;
    private VehicleRoutingProblemSolution best;

    EjectionPoolRouteMinimiser(VehicleRoutingProblem problem, EjectionPoolInsertion insertion,
                               PlanObjective objective) {
        this.problem = problem;
        this.insertion = insertion;
        this.objective = objective;
    }

    /**
     * The solution with as few routes as found within the budget; {@code start} itself if none fewer.
     *
     * @param stepsPerIteration after each so many steps of the insertion, {@code iterationDone} is told the best
     *                          solution so far
     */
    VehicleRoutingProblemSolution minimise(VehicleRoutingProblemSolution start, int stepsPerIteration,
                                           Consumer<VehicleRoutingProblemSolution> iterationDone) {
        best = start;
        insertion.onStep(steps -> {
            if (steps % stepsPerIteration == 0) {
                iterationDone.accept(best);
            }
        });
        Set<String> tried = new HashSet<>();
        while (!insertion.exhausted()) {
            Optional<VehicleRoute> next = VehicleMinimisingSearch.bySize(best).stream()
                    .filter(route -> !tried.contains(route.getVehicle().getId()) && emptiable(route)).findFirst();
            if (next.isEmpty() || best.getRoutes().size() < 2) {
                break;
            }
            double bestCost = best.getCost();
            Optional<VehicleRoutingProblemSolution> smaller = without(best, next.get())
                    .filter(found -> found.getCost() < bestCost);
            if (smaller.isPresent()) {
                best = smaller.get();
                tried.clear();
                insertion.endAt(insertion.usedShare() + STAGNATION_SHARE);
            } else {
                tried.add(next.get().getVehicle().getId());
            }
        }
        return best;
    }

    private boolean emptiable(VehicleRoute route) {
        return route.getTourActivities().getJobs().stream().allMatch(job -> problem.getJobs().containsKey(job.getId()));
    }

    /** The solution without the route, its jobs on the others; empty if some found no place. */
    private Optional<VehicleRoutingProblemSolution> without(VehicleRoutingProblemSolution solution,
                                                            VehicleRoute emptied) {
        List<VehicleRoute> routes = solution.getRoutes().stream().filter(route -> route != emptied)
                .map(VehicleRoute::copyOf).collect(Collectors.toCollection(ArrayList::new));
        Collection<Job> left = insertion.insertJobs(routes, new ArrayList<>(emptied.getTourActivities().getJobs()));
        if (!left.isEmpty()) {
            return Optional.empty();
        }
        VehicleRoutingProblemSolution smaller = new VehicleRoutingProblemSolution(routes,
                new ArrayList<>(solution.getUnassignedJobs()), 0);
        smaller.setCost(objective.getCosts(smaller));
        return Optional.of(smaller);
    }
}
