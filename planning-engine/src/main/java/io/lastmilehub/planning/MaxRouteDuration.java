package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.constraint.ConstraintManager;
import com.graphhopper.jsprit.core.problem.constraint.HardActivityConstraint;
import com.graphhopper.jsprit.core.problem.cost.VehicleRoutingActivityCosts;
import com.graphhopper.jsprit.core.problem.cost.VehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.misc.JobInsertionContext;
import com.graphhopper.jsprit.core.problem.solution.route.activity.End;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A vehicle with a maximum route duration (e.g. a driver's working time) is back at the depot no later than that
 * after it left. The route leaves the depot just in time for its first stop, as the engine plans it (waiting before
 * the first stop is not part of the route; see {@link PlanObjective}); waiting between stops and service times count.
 *
 * <p>Contract: refuses ({@code NOT_FULFILLED}) an insertion after which the route, simulated from the vehicle's
 * earliest start with the new stop in place, returns to the depot more than the limit after its departure. Every
 * check simulates the whole route, so it costs O(route length) per insertion tried.
 *
 * <p>Example: a limit of 8 h; a route leaves at 08:40 for a first window at 09:00 and is back at 16:20. A stop that
 * brings it back at 16:50 is refused (8 h 10 min); one that brings it back at 16:35 is allowed.
 */
public final class MaxRouteDuration implements HardActivityConstraint {

    private final Map<String, Double> maxSecondsByVehicleId;
    private final VehicleRoutingTransportCosts transport;
    private final VehicleRoutingActivityCosts activities;

    MaxRouteDuration(Map<String, Double> maxSecondsByVehicleId, VehicleRoutingTransportCosts transport,
                     VehicleRoutingActivityCosts activities) {
        this.maxSecondsByVehicleId = Map.copyOf(maxSecondsByVehicleId);
        this.transport = transport;
        this.activities = activities;
    }

    /**
     * Registers the limit with the solver.
     *
     * @param maxSecondsByVehicleId longest route per vehicle id, in the problem's time unit; others unlimited
     */
    public static SolverExtension extension(Map<String, Double> maxSecondsByVehicleId) {
        Map<String, Double> limits = Map.copyOf(Checks.notNull(maxSecondsByVehicleId, "maxSecondsByVehicleId"));
        return (problem, stateManager, constraintManager) -> {
            if (!limits.isEmpty()) {
                constraintManager.addConstraint(new MaxRouteDuration(limits, problem.getTransportCosts(),
                        problem.getActivityCosts()), ConstraintManager.Priority.HIGH);
            }
        };
    }

    @Override
    public ConstraintsStatus fulfilled(JobInsertionContext context, TourActivity previous, TourActivity inserted,
                                       TourActivity next, double previousDeparture) {
        Vehicle vehicle = context.getNewVehicle();
        Double limit = maxSecondsByVehicleId.get(vehicle.getId());
        if (limit == null) {
            return ConstraintsStatus.FULFILLED;
        }
        List<TourActivity> stops = new ArrayList<>(context.getRoute().getActivities());
        int position = next instanceof End ? stops.size() : stops.indexOf(next);
        stops.add(position < 0 ? stops.size() : position, inserted);
        return durationOf(vehicle, context, stops) <= limit ? ConstraintsStatus.FULFILLED
                : ConstraintsStatus.NOT_FULFILLED;
    }

    private double durationOf(Vehicle vehicle, JobInsertionContext context, List<TourActivity> stops) {
        double time = vehicle.getEarliestDeparture();
        double departure = time;
        Location location = vehicle.getStartLocation();
        for (int i = 0; i < stops.size(); i++) {
            TourActivity stop = stops.get(i);
            double travel = transport.getTransportTime(location, stop.getLocation(), time, context.getNewDriver(),
                    vehicle);
            double start = Math.max(time + travel, stop.getTheoreticalEarliestOperationStartTime());
            if (i == 0) {
                departure = start - travel;
            }
            time = start + activities.getActivityDuration(stop, time + travel, context.getNewDriver(), vehicle);
            location = stop.getLocation();
        }
        time += transport.getTransportTime(location, vehicle.getEndLocation(), time, context.getNewDriver(), vehicle);
        return time - departure;
    }
}
