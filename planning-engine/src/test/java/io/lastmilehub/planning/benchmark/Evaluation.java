package io.lastmilehub.planning.benchmark;

/**
 * A solution measured by the benchmark's own rules rather than the solver's.
 *
 * @param vehicles  routes with at least one customer
 * @param distance  total Euclidean distance, double precision, return legs included
 * @param feasible  true when every customer is served once, inside its window, within capacity and horizon
 * @param violation the first rule broken, empty when feasible
 */
public record Evaluation(int vehicles, double distance, boolean feasible, String violation) {
}
