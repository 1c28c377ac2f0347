package io.lastmilehub.planning;

import io.lastmilehub.model.Vehicle;
import io.lastmilehub.planning.travel.TravelProfile;

import java.util.Set;

/**
 * A model vehicle in the solver's terms.
 *
 * @param vehicle     the model vehicle
 * @param profile     the matrix it drives on
 * @param capacity    per {@link CapacityDimensions} dimension
 * @param skills      normalised (trimmed, lower case)
 * @param shift       earliest departure and latest return, solver time
 * @param rangeMeters longest trip, 0 for no limit
 */
record FleetVehicle(Vehicle vehicle, TravelProfile profile, int[] capacity, Set<String> skills, Interval shift,
                    double rangeMeters) {

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
}
