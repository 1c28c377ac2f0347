package io.lastmilehub.planning;

import io.lastmilehub.model.Driver;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.planning.travel.TravelProfile;

import java.util.Set;

/**
 * A model vehicle, with its driver, in the solver's terms.
 *
 * @param vehicle         the model vehicle
 * @param driver          who drives it, or null
 * @param mode            what its mode can do
 * @param profile         the matrix it drives on
 * @param capacity        per {@link CapacityDimensions} dimension; per trip when the mode flies back to base
 * @param skills          the vehicle's and (for crewed modes) the driver's, normalised (trimmed, lower case)
 * @param shift           earliest departure and latest return, solver time (narrowed by the driver's shift)
 * @param rangeMeters     longest route (per trip when back to base), 0 for no limit
 * @param maxRouteSeconds longest route from departure to return, 0 for no limit
 * @param breakRule       the driver's break, or null
 * @param startIndex      matrix index where it starts: its depot, or where it is when re-planning
 * @param endIndex        matrix index of its depot, where it ends
 * @param costs           its costs (its own, else its mode's from the cost table)
 */
record FleetVehicle(Vehicle vehicle, Driver driver, DeliveryMode mode, TravelProfile profile, int[] capacity,
                    Set<String> skills, Interval shift, double rangeMeters, double maxRouteSeconds,
                    BreakRule breakRule, int startIndex, int endIndex, CostModel costs) {

    /** The vehicle's id. */
    String id() {
        return vehicle.getId();
    }

    /** True when the vehicle has every skill. */
    boolean hasSkills(Set<String> required) {
        return skills.containsAll(required);
    }

    /** True when the vehicle has a range limit. */
    boolean hasRange() {
        return rangeMeters > 0;
    }

    /** True when the route has a maximum duration. */
    boolean hasMaxRouteDuration() {
        return maxRouteSeconds > 0;
    }

    /** True when it returns to its depot after every stop. */
    boolean backToBase() {
        return mode.backToBase();
    }
}
