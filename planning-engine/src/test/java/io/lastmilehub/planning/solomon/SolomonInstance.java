package io.lastmilehub.planning.solomon;

import java.util.List;

/**
 * A vehicle routing problem with time windows in Solomon's format: identical vehicles at one depot, customers with
 * a demand, a time window and a service time.
 *
 * @param name            the instance name, e.g. C101
 * @param vehicleCount    vehicles available
 * @param vehicleCapacity capacity of each vehicle
 * @param depot           node 0
 * @param customers       the other nodes, in file order
 */
public record SolomonInstance(String name, int vehicleCount, int vehicleCapacity, SolomonNode depot,
                              List<SolomonNode> customers) {

    /** Copies the customers. */
    public SolomonInstance {
        customers = List.copyOf(customers);
    }
}
