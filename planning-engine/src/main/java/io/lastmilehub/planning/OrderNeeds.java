package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.OrderType;
import io.lastmilehub.model.Priority;

import java.util.List;
import java.util.Set;

/**
 * A model order in the solver's terms.
 *
 * @param order         the model order
 * @param locationIndex index of its ship-to location in the travel matrices, {@link #NO_LOCATION} without one
 * @param demand        per {@link CapacityDimensions} dimension
 * @param skills        normalised (trimmed, lower case)
 * @param windows       time windows in solver time, sorted and disjoint; empty if none is left on the day
 * @param pickupIndex   for a pickup-and-delivery pair the index of the pickup location ({@link #NO_LOCATION}
 *                      without coordinates), {@link #NO_PAIR} otherwise
 * @param pickupWindows the pair's pickup windows, like {@code windows}; empty for orders that are no pair
 */
record OrderNeeds(DeliveryOrder order, int locationIndex, int[] demand, Set<String> skills, List<Interval> windows,
                  int pickupIndex, List<Interval> pickupWindows) {

    /** Marks an order whose ship-to (or pickup location) has no coordinates. */
    static final int NO_LOCATION = -1;

    /** Marks an order that is not a pickup-and-delivery pair. */
    static final int NO_PAIR = -2;

    /** The order's id. */
    String id() {
        return order.getId();
    }

    /** True when the ship-to (and the pickup location of a pair) has coordinates. */
    boolean hasLocation() {
        return locationIndex != NO_LOCATION && pickupIndex != NO_LOCATION;
    }

    /** True when the goods are picked up at one address and delivered to another (a jsprit Shipment). */
    boolean isPair() {
        return pickupIndex != NO_PAIR;
    }

    /** True when goods are collected at the stop and taken to the depot (pickups and returns that are no pair). */
    boolean isPickup() {
        return !isPair() && (order.getType() == OrderType.PICKUP || order.getType() == OrderType.RETURN);
    }

    /** jsprit priority, 1 (very high) to 10 (very low). */
    int solverPriority() {
        Priority priority = order.getPriority() == null ? Priority.NORMAL : order.getPriority();
        return switch (priority) {
            case URGENT -> 1;
            case HIGH -> 3;
            case NORMAL -> 5;
            case LOW -> 10;
        };
    }
}
