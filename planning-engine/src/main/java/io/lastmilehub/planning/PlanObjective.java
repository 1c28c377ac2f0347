package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.cost.VehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.job.Activity;
import com.graphhopper.jsprit.core.problem.job.Break;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.solution.SolutionCostCalculator;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.BreakActivity;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl.VehicleCostParams;

/**
 * What the solver minimises, in the plan's money: per used vehicle its fixed cost, the transport cost of every leg
 * (return included), service time and waiting time at the vehicle type's rates; plus a penalty per unassigned job.
 *
 * <p>Differences from jsprit's default objective, and why:
 * <ul>
 *   <li>Waiting before the first stop is free: the plan lets the vehicle leave the depot that much later. jsprit
 *       would charge it from the start of the shift and keep late-window orders off empty routes.
 *   <li>The penalty for leaving a job out is larger than the cost of serving it with a vehicle of its own for a
 *       whole shift: {@code (11 - priority) × 2 × max over vehicles (fixed + longest round trip + shift time)}.
 *       jsprit's penalty scales with distances only, so a fleet with high fixed costs would leave orders out
 *       rather than use another vehicle.
 *   <li>A route that runs past its driver's break window without a break ({@link BreakRule}) costs
 *       {@value #MISSING_BREAK_WEIGHT} penalty units, more than leaving any job out: jsprit inserts breaks after
 *       each insertion but cannot always, and a plan must not ask a driver to skip the break.
 *   <li>Per-stop costs ({@link StopCost}) are part of every stop's cost.
 * </ul>
 */
final class PlanObjective implements SolutionCostCalculator {

    /** Penalty units for a route without its required break. */
    static final int MISSING_BREAK_WEIGHT = 20;

    private final VehicleRoutingTransportCosts transport;
    private final double penaltyUnit;

    PlanObjective(VehicleRoutingProblem problem) {
        this.transport = problem.getTransportCosts();
        this.penaltyUnit = 2 * problem.getVehicles().stream().mapToDouble(v -> mostExpensiveDay(problem, v)).max()
                .orElse(1);
    }

    @Override
    public double getCosts(VehicleRoutingProblemSolution solution) {
        double costs = 0;
        for (VehicleRoute route : solution.getRoutes()) {
            costs += routeCost(route);
        }
        for (Job job : solution.getUnassignedJobs()) {
            costs += penaltyOf(job);
        }
        return costs;
    }

    /** What leaving the job out costs. */
    double penaltyOf(Job job) {
        return (11 - job.getPriority()) * penaltyUnit;
    }

    private double routeCost(VehicleRoute route) {
        Vehicle vehicle = route.getVehicle();
        VehicleCostParams rates = vehicle.getType().getVehicleCostParams();
        double costs = route.isEmpty() ? 0 : rates.fix;
        TourActivity previous = route.getStart();
        for (TourActivity activity : route.getActivities()) {
            costs += transport.getTransportCost(previous.getLocation(), activity.getLocation(), previous.getEndTime(),
                    route.getDriver(), vehicle);
            costs += rates.perServiceTimeUnit * activity.getOperationTime() + StopCost.of(vehicle, activity);
            if (previous != route.getStart()) {
                costs += rates.perWaitingTimeUnit * waitingAt(activity);
            }
            previous = activity;
        }
        return costs + transport.getTransportCost(previous.getLocation(), route.getEnd().getLocation(),
                previous.getEndTime(), route.getDriver(), vehicle) + missingBreakPenalty(route);
    }

    /** The penalty when the route ends after its break window closed and has no break. */
    double missingBreakPenalty(VehicleRoute route) {
        Break rule = route.getVehicle().getBreak();
        if (rule == null || route.isEmpty() || route.getEnd().getArrTime() <= rule.getTimeWindow().getEnd()) {
            return 0;
        }
        boolean taken = route.getActivities().stream().anyMatch(BreakActivity.class::isInstance);
        return taken ? 0 : MISSING_BREAK_WEIGHT * penaltyUnit;
    }

    private static double waitingAt(TourActivity activity) {
        return Math.max(0, activity.getEndTime() - activity.getOperationTime() - activity.getArrTime());
    }

    /** Fixed cost, the longest round trip to any job and the whole shift at the time rates. */
    private static double mostExpensiveDay(VehicleRoutingProblem problem, Vehicle vehicle) {
        VehicleCostParams rates = vehicle.getType().getVehicleCostParams();
        double longestRoundTrip = 0;
        for (Job job : problem.getJobs().values()) {
            for (Activity activity : job.getActivities()) {
                longestRoundTrip = Math.max(longestRoundTrip, roundTripCost(problem, vehicle, activity.getLocation()));
            }
        }
        double shift = vehicle.getLatestArrival() - vehicle.getEarliestDeparture();
        double timeRate = rates.perTransportTimeUnit + rates.perWaitingTimeUnit + rates.perServiceTimeUnit;
        double shiftCost = shift < Double.MAX_VALUE / 2 ? timeRate * shift : 0;
        return rates.fix + longestRoundTrip + shiftCost;
    }

    private static double roundTripCost(VehicleRoutingProblem problem, Vehicle vehicle, Location location) {
        VehicleRoutingTransportCosts costs = problem.getTransportCosts();
        double out = costs.getTransportCost(vehicle.getStartLocation(), location, vehicle.getEarliestDeparture(), null,
                vehicle);
        double back = costs.getTransportCost(location, vehicle.getEndLocation(), vehicle.getEarliestDeparture(), null,
                vehicle);
        return out + back;
    }
}
