package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.cost.VehicleRoutingActivityCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;

/**
 * Activity costs for jsprit's insertion heuristics: service time at the vehicle's service rate plus its
 * {@link StopCost per-stop cost}, waiting left out.
 * Waiting is priced by {@link WaitingTimeCost} during insertion and by {@link PlanObjective} for whole solutions,
 * both of which know that waiting before a route's first stop is avoided by leaving the depot later.
 */
final class ServiceTimeCosts implements VehicleRoutingActivityCosts {

    @Override
    public double getActivityCost(TourActivity activity, double arrivalTime, Driver driver, Vehicle vehicle) {
        if (vehicle == null) {
            return 0;
        }
        return vehicle.getType().getVehicleCostParams().perServiceTimeUnit * activity.getOperationTime()
                + StopCost.of(vehicle, activity);
    }

    @Override
    public double getActivityDuration(TourActivity activity, double arrivalTime, Driver driver, Vehicle vehicle) {
        return activity.getOperationTime();
    }
}
