package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.recreate.AbstractInsertionStrategy;
import com.graphhopper.jsprit.core.algorithm.recreate.InsertionData;
import com.graphhopper.jsprit.core.algorithm.recreate.JobInsertionCostsCalculator;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.constraint.HardActivityConstraint;
import com.graphhopper.jsprit.core.problem.job.Activity;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.misc.JobInsertionContext;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The insertion of SISR (Christiaens and Vanden Berghe 2020): the removed jobs are put back one by one, each at
 * its cheapest place, in an order drawn per call: random (weight 4), largest demand first (4), farthest from the
 * depot first (2), nearest first (1), narrowest time window first (2; the paper's time-window orders). While it
 * inserts, each place is skipped ("blinks") with probability {@value #BLINK_RATE}, so that the same removal does
 * not always lead back to the same routes.
 *
 * <p>jsprit looks at the places of a route inside its insertion calculator, so the blink is a hard activity
 * constraint: register this object with the constraint manager whose calculator it uses; it refuses a place only
 * while this insertion runs, never during another strategy's.
 */
final class BlinkInsertion extends AbstractInsertionStrategy implements HardActivityConstraint {

    /** The paper's γ: probability of skipping a place. */
    static final double BLINK_RATE = 0.01;

    private static final int[] ORDER_WEIGHTS = {4, 4, 2, 1, 2};

    private final JobInsertionCostsCalculator calculator;
    private final Vehicle anyVehicle;
    private boolean inserting;

    /** @param calculator jsprit's insertion calculator, built on a constraint manager this object is added to */
    BlinkInsertion(VehicleRoutingProblem problem, JobInsertionCostsCalculator calculator) {
        super(problem);
        this.calculator = calculator;
        this.anyVehicle = problem.getVehicles().iterator().next();
    }

    @Override
    public Collection<Job> insertUnassignedJobs(Collection<VehicleRoute> routes, Collection<Job> jobs) {
        List<Job> ordered = new ArrayList<>(jobs);
        Collections.shuffle(ordered, random);
        ordered.sort(drawOrder());
        List<Job> left = new ArrayList<>();
        inserting = true;
        try {
            for (Job job : ordered) {
                if (!insert(job, routes)) {
                    left.add(job);
                }
            }
        } finally {
            inserting = false;
        }
        return left;
    }

    @Override
    public ConstraintsStatus fulfilled(JobInsertionContext context, TourActivity previous, TourActivity added,
                                       TourActivity next, double departure) {
        return inserting && random.nextDouble() < BLINK_RATE ? ConstraintsStatus.NOT_FULFILLED
                : ConstraintsStatus.FULFILLED;
    }

    /** Puts the job at its cheapest place, on a new route if that is cheaper; false if it fits nowhere. */
    private boolean insert(Job job, Collection<VehicleRoute> routes) {
        InsertionData best = null;
        VehicleRoute bestRoute = null;
        double bestCost = Double.MAX_VALUE;
        List<String> failed = new ArrayList<>();
        for (VehicleRoute route : routes) {
            InsertionData data = calculator.getInsertionData(route, job, NO_NEW_VEHICLE_YET, NO_NEW_DEPARTURE_TIME_YET,
                    NO_NEW_DRIVER_YET, bestCost);
            if (data instanceof InsertionData.NoInsertionFound) {
                failed.addAll(data.getFailedConstraintNames());
            } else if (data.getInsertionCost() < bestCost) {
                best = data;
                bestRoute = route;
                bestCost = data.getInsertionCost();
            }
        }
        VehicleRoute empty = VehicleRoute.emptyRoute();
        InsertionData onNew = calculator.getInsertionData(empty, job, NO_NEW_VEHICLE_YET, NO_NEW_DEPARTURE_TIME_YET,
                NO_NEW_DRIVER_YET, bestCost);
        if (onNew instanceof InsertionData.NoInsertionFound) {
            failed.addAll(onNew.getFailedConstraintNames());
        } else if (onNew.getInsertionCost() < bestCost) {
            best = onNew;
            bestRoute = empty;
            routes.add(empty);
        }
        if (best == null) {
            markUnassigned(job, failed);
            return false;
        }
        insertJob(job, best, bestRoute);
        return true;
    }

    /** One of the paper's orders, drawn by its weight. */
    private Comparator<Job> drawOrder() {
        int draw = random.nextInt(Arrays.stream(ORDER_WEIGHTS).sum());
        int order = 0;
        while (draw >= ORDER_WEIGHTS[order]) {
            draw -= ORDER_WEIGHTS[order++];
        }
        return switch (order) {
            case 0 -> (a, b) -> 0;
            case 1 -> Comparator.comparingInt((Job job) -> demandOf(job)).reversed();
            case 2 -> Comparator.comparingDouble((Job job) -> distanceToDepot(job)).reversed();
            case 3 -> Comparator.comparingDouble(this::distanceToDepot);
            default -> Comparator.comparingDouble(BlinkInsertion::windowWidth);
        };
    }

    private static int demandOf(Job job) {
        int demand = 0;
        for (int i = 0; i < job.getSize().getNuOfDimensions(); i++) {
            demand += job.getSize().get(i);
        }
        return demand;
    }

    private double distanceToDepot(Job job) {
        return vrp.getTransportCosts().getTransportCost(anyVehicle.getStartLocation(),
                job.getActivities().get(0).getLocation(), 0, null, anyVehicle);
    }

    private static double windowWidth(Job job) {
        double width = 0;
        for (Activity activity : job.getActivities()) {
            for (TimeWindow window : activity.getTimeWindows()) {
                width = Math.max(width, window.getEnd() - window.getStart());
            }
        }
        return width;
    }

    @Override
    public String toString() {
        return "[name=blinkInsertion]";
    }
}
