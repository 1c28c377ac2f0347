package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.constraint.SoftActivityConstraint;
import com.graphhopper.jsprit.core.problem.cost.VehicleRoutingActivityCosts;
import com.graphhopper.jsprit.core.problem.cost.VehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.misc.JobInsertionContext;
import com.graphhopper.jsprit.core.problem.solution.route.activity.End;
import com.graphhopper.jsprit.core.problem.solution.route.activity.Start;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;

/**
 * Waiting for a time window is paid at the vehicle's waiting rate, except before the first stop of a route: the
 * vehicle leaves the depot later instead (see {@link PlanObjective}). Adds to an insertion the change in paid waiting
 * at the new stop and at the stop after it.
 *
 * <p>Example: a van serves a stop at 08:30 and is asked to take one whose window opens at 15:00. As its second stop
 * the new one costs six hours of waiting; as the first stop of an empty van it costs no waiting at all, so a second
 * van wins whenever its fixed cost is lower than those six hours.
 *
 * <p>Use with activity costs that do not charge waiting themselves ({@link ServiceTimeCosts}).
 */
final class WaitingTimeCost implements SoftActivityConstraint {

    private final VehicleRoutingTransportCosts transport;
    private final VehicleRoutingActivityCosts activities;

    WaitingTimeCost(VehicleRoutingTransportCosts transport, VehicleRoutingActivityCosts activities) {
        this.transport = transport;
        this.activities = activities;
    }

    /** Registers the cost with the solver. */
    static SolverExtension extension() {
        return (problem, stateManager, constraintManager) -> constraintManager.addConstraint(
                new WaitingTimeCost(problem.getTransportCosts(), problem.getActivityCosts()));
    }

    @Override
    public double getCosts(JobInsertionContext context, TourActivity previous, TourActivity inserted,
                           TourActivity next, double previousDeparture) {
        Vehicle vehicle = context.getNewVehicle();
        double rate = vehicle.getType().getVehicleCostParams().perWaitingTimeUnit;
        if (rate == 0) {
            return 0;
        }
        boolean insertedFirst = previous instanceof Start;
        double arrival = previousDeparture + transport.getTransportTime(previous.getLocation(), inserted.getLocation(),
                previousDeparture, context.getNewDriver(), vehicle);
        double waiting = insertedFirst ? 0 : waitingAt(inserted, arrival);
        if (next instanceof End) {
            return rate * waiting;
        }
        double departure = Math.max(arrival, inserted.getTheoreticalEarliestOperationStartTime())
                + activities.getActivityDuration(inserted, arrival, context.getNewDriver(), vehicle);
        double nextArrival = departure + transport.getTransportTime(inserted.getLocation(), next.getLocation(),
                departure, context.getNewDriver(), vehicle);
        double nextWaitingBefore = insertedFirst ? 0 : waitingAt(next, next.getArrTime());
        return rate * (waiting + waitingAt(next, nextArrival) - nextWaitingBefore);
    }

    private static double waitingAt(TourActivity activity, double arrival) {
        return Math.max(0, activity.getTheoreticalEarliestOperationStartTime() - arrival);
    }
}
