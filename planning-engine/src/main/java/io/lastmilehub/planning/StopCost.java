package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.solution.route.activity.BreakActivity;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;

/**
 * A vehicle's cost per stop served, carried as the user data of its jsprit vehicle type so that the insertion
 * costs ({@link ServiceTimeCosts}) and the objective ({@link PlanObjective}) price it alike. Breaks are no stops.
 *
 * @param perStop money per stop
 */
record StopCost(double perStop) {

    /** What the vehicle charges for the activity: its per-stop cost for a job's stop, 0 otherwise. */
    static double of(Vehicle vehicle, TourActivity activity) {
        if (vehicle == null || !(activity instanceof TourActivity.JobActivity) || activity instanceof BreakActivity
                || !(vehicle.getType().getUserData() instanceof StopCost cost)) {
            return 0;
        }
        return cost.perStop();
    }
}
