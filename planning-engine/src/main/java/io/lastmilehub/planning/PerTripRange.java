package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.constraint.HardRouteConstraint;
import com.graphhopper.jsprit.core.problem.cost.VehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.job.Activity;
import com.graphhopper.jsprit.core.problem.misc.JobInsertionContext;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;

import java.util.Map;

/**
 * A vehicle that flies back to base after every stop has its range per trip, not per day: every stop of a job must
 * be within a round trip of the range from the vehicle's base.
 *
 * <p>Contract: refuses a job with a stop whose round trip from the base is longer than the vehicle's per-trip range
 * (in the distance unit of the transport costs, metres in this engine); other vehicles accept everything.
 *
 * <p>Example: a drone with 15 km range flies to a stop 7 km away (14 km there and back) as often as needed, but not
 * to one 8 km away.
 */
final class PerTripRange implements HardRouteConstraint {

    private final Map<String, Double> rangeByVehicleId;
    private final VehicleRoutingTransportCosts transport;

    PerTripRange(Map<String, Double> rangeByVehicleId, VehicleRoutingTransportCosts transport) {
        this.rangeByVehicleId = Map.copyOf(rangeByVehicleId);
        this.transport = transport;
    }

    /** Registers the rule with the solver, when some vehicle has a per-trip range. */
    static SolverExtension extension(Map<String, Double> rangeByVehicleId) {
        Map<String, Double> ranges = Map.copyOf(rangeByVehicleId);
        return (problem, stateManager, constraintManager) -> {
            if (!ranges.isEmpty()) {
                constraintManager.addConstraint(new PerTripRange(ranges, problem.getTransportCosts()));
            }
        };
    }

    @Override
    public boolean fulfilled(JobInsertionContext context) {
        Vehicle vehicle = context.getNewVehicle();
        Double range = rangeByVehicleId.get(vehicle.getId());
        if (range == null) {
            return true;
        }
        Location base = vehicle.getEndLocation();
        for (Activity activity : context.getJob().getActivities()) {
            Location stop = activity.getLocation();
            double roundTrip = transport.getDistance(base, stop, 0, vehicle) + transport.getDistance(stop, base, 0,
                    vehicle);
            if (roundTrip > range) {
                return false;
            }
        }
        return true;
    }
}
