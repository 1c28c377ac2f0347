package io.lastmilehub.planning.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * A solver's answer to a VRPTW instance, in the instance's own terms.
 *
 * @param routes     the customer numbers of each used vehicle's route in visiting order (depot left out)
 * @param timeToBest wall-clock time from the start of the solve until the returned solution was found
 * @param elapsed    wall-clock time of the whole solve, model building included
 */
public record VrptwSolution(List<List<Integer>> routes, Duration timeToBest, Duration elapsed) {

    /** Copies the routes and leaves out empty ones. */
    public VrptwSolution {
        routes = routes.stream().filter(route -> !route.isEmpty()).map(List::copyOf).toList();
    }
}
