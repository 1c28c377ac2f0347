package io.lastmilehub.planning.benchmark;

/**
 * The best-known solution of a VRPTW instance under the hierarchical objective: fewest vehicles, then shortest
 * distance.
 *
 * @param instance  instance name as in the file name, e.g. {@code C101} or {@code c1_2_1}
 * @param vehicles  vehicles of the best-known solution
 * @param distance  its total distance
 */
public record BestKnown(String instance, int vehicles, double distance) {
}
