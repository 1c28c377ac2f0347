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
 */
record OrderNeeds(DeliveryOrder order, int locationIndex, int[] demand, Set<String> skills, List<Interval> windows) {

    /** Marks an order whose ship-to has no coordinates. */
    static final int NO_LOCATION = -1;

    /** The order's id. */
    String id() {
        return order.getId();
    }

    /** True when the ship-to has coordinates. */
    boolean hasLocation() {
        return locationIndex != NO_LOCATION;
    }

    /** True when goods are collected at the stop (pickups and returns) rather than dropped. */
    boolean isPickup() {
        return order.getType() == OrderType.PICKUP || order.getType() == OrderType.RETURN;
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
