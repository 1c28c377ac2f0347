package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.constraint.HardRouteConstraint;
import com.graphhopper.jsprit.core.problem.misc.JobInsertionContext;

import java.util.Set;

/**
 * Lets jobs go only onto the named vehicles. The route-elimination phase of {@link VehicleMinimisingSearch} uses it
 * to keep the vehicle it has just emptied (and every other unused one) out of the search, so that the emptied
 * route's jobs must find room on the remaining routes.
 */
final class AllowedVehicles implements HardRouteConstraint {

    private final Set<String> vehicleIds;

    /** @param vehicleIds ids of the vehicles jobs may be put on */
    AllowedVehicles(Set<String> vehicleIds) {
        this.vehicleIds = Set.copyOf(vehicleIds);
    }

    @Override
    public boolean fulfilled(JobInsertionContext context) {
        return vehicleIds.contains(context.getNewVehicle().getId());
    }
}
