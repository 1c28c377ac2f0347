package io.lastmilehub.planning.solomon;

/**
 * One row of a Solomon instance: the depot (number 0) or a customer.
 *
 * @param number      customer number, 0 for the depot
 * @param x           x coordinate
 * @param y           y coordinate
 * @param demand      load to deliver
 * @param readyTime   earliest start of service (for the depot: start of the horizon)
 * @param dueTime     latest start of service (for the depot: latest return)
 * @param serviceTime time on site
 */
public record SolomonNode(int number, double x, double y, int demand, double readyTime, double dueTime,
                          double serviceTime) {

    /** Euclidean distance in double precision, the benchmark's convention. */
    public double distanceTo(SolomonNode other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
