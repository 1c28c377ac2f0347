package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.Capacity;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Delivery;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A quick screen for {@link EjectionPoolInsertion}: whether a job could take the place of some jobs of one route,
 * as far as the time windows (the jobs', the breaks' and the vehicle's shift) and the loads at the start and the
 * end of the route go. It answers in time linear in the route's length; jsprit's calculator needs the route's
 * states recomputed for every try, so only what the screen lets through is tried with jsprit, which checks every
 * rule. A job's windows are widened to their hull, so the screen's "no" is certain where travel times do not
 * depend on the time of day; where they do, it may also turn away a change that would fit, which costs search,
 * never a rule. A route that already fails the screen as it is (a window narrower than the screen assumes) is not
 * screened: everything passes.
 */
final class EjectionScreen {

    private final VehicleRoutingProblem problem;
    private final VehicleRoute route;
    /** The job to place; null if the screen cannot place it (more than one activity). */
    private final Service job;
    private final TourActivity activity;
    private final double[] window;
    private final double jobDuration;
    /** The route's start, its activities, its end. */
    private final List<TourActivity> nodes = new ArrayList<>();
    /** The job of each node (a break is one too); null for the start and the end. */
    private final Job[] jobs;
    private final double[] early;
    private final double[] late;
    private final double[] duration;
    private final Capacity startLoad;
    private final Capacity endLoad;
    private final boolean screens;
    private final int[] kept;
    private final double[] departure;
    private final double[] latest;

    /** A screen of the route for the one job to place. */
    EjectionScreen(VehicleRoutingProblem problem, VehicleRoute route, Job job) {
        this.problem = problem;
        this.route = route;
        this.job = job instanceof Service service ? service : null;
        this.activity = this.job == null ? null : problem.copyAndGetActivities(job).get(0);
        this.window = this.job == null ? null : hullOf(this.job);
        this.jobDuration = this.job == null ? 0 : problem.getActivityCosts().getActivityDuration(activity, window[0],
                route.getDriver(), route.getVehicle());
        nodes.add(route.getStart());
        nodes.addAll(route.getActivities());
        nodes.add(route.getEnd());
        int size = nodes.size();
        jobs = new Job[size];
        early = new double[size];
        late = new double[size];
        duration = new double[size];
        kept = new int[size];
        departure = new double[size];
        latest = new double[size];
        Capacity atStart = Capacity.Builder.newInstance().build();
        Capacity atEnd = Capacity.Builder.newInstance().build();
        early[0] = route.getVehicle().getEarliestDeparture();
        late[0] = Double.MAX_VALUE;
        for (int i = 1; i < size - 1; i++) {
            TourActivity node = nodes.get(i);
            double[] nodeWindow = windowOf(node);
            early[i] = nodeWindow[0];
            late[i] = nodeWindow[1];
            duration[i] = problem.getActivityCosts().getActivityDuration(node, node.getArrTime(), route.getDriver(),
                    route.getVehicle());
            jobs[i] = jobOf(node);
            atStart = Capacity.addup(atStart, startLoadOf(jobs[i]));
            atEnd = Capacity.addup(atEnd, endLoadOf(jobs[i]));
        }
        early[size - 1] = 0;
        late[size - 1] = route.getVehicle().getLatestArrival();
        startLoad = atStart;
        endLoad = atEnd;
        screens = this.job != null && fits(false, List.of());
    }

    /**
     * Whether the job might fit on the route once {@code ejected} are taken off it; true if the screen cannot tell
     * (a job with more than one place, a route it does not screen).
     */
    boolean mayTake(Collection<Job> ejected) {
        return !screens || fits(true, ejected);
    }

    /**
     * Whether the route without {@code ejected}, with the job if {@code withJob}, passes. A kept node that is late
     * without the job stays late with it (a detour never makes a later stop earlier), so the job does not fit then.
     */
    private boolean fits(boolean withJob, Collection<Job> ejected) {
        if (!loadsFit(withJob, ejected)) {
            return false;
        }
        int count = keptNodes(ejected);
        if (!schedule(count)) {
            return false;
        }
        return !withJob || anyGap(count);
    }

    private boolean loadsFit(boolean withJob, Collection<Job> ejected) {
        Capacity atStart = startLoad;
        Capacity atEnd = endLoad;
        for (Job out : ejected) {
            atStart = Capacity.subtract(atStart, startLoadOf(out));
            atEnd = Capacity.subtract(atEnd, endLoadOf(out));
        }
        if (withJob) {
            atStart = Capacity.addup(atStart, startLoadOf(job));
            atEnd = Capacity.addup(atEnd, endLoadOf(job));
        }
        Capacity capacity = route.getVehicle().getType().getCapacityDimensions();
        return atStart.isLessOrEqual(capacity) && atEnd.isLessOrEqual(capacity);
    }

    /** Fills {@link #kept} with the nodes that stay; returns how many. */
    private int keptNodes(Collection<Job> ejected) {
        int count = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (jobs[i] == null || !ejected.contains(jobs[i])) {
                kept[count++] = i;
            }
        }
        return count;
    }

    /** Departures forward and latest starts backward over the kept nodes; false if a kept node is late. */
    private boolean schedule(int count) {
        departure[0] = early[kept[0]];
        for (int k = 1; k < count; k++) {
            int node = kept[k];
            double start = Math.max(early[node], departure[k - 1] + travel(kept[k - 1], node, departure[k - 1]));
            if (start > late[node]) {
                return false;
            }
            departure[k] = start + duration[node];
        }
        latest[count - 1] = late[kept[count - 1]];
        for (int k = count - 2; k >= 0; k--) {
            int node = kept[k];
            latest[k] = Math.min(late[node], latest[k + 1] - travel(node, kept[k + 1], departure[k]) - duration[node]);
        }
        return true;
    }

    /** Whether the job fits into a gap of the kept nodes, on time itself and with every later node on time. */
    private boolean anyGap(int count) {
        for (int k = 0; k < count - 1; k++) {
            double arrival = departure[k] + travel(nodes.get(kept[k]).getLocation(), activity.getLocation(), false,
                    departure[k]);
            double start = Math.max(window[0], arrival);
            if (start > window[1]) {
                continue;
            }
            double leave = start + jobDuration;
            int next = kept[k + 1];
            double nextStart = Math.max(early[next], leave + travel(activity.getLocation(), nodes.get(next).getLocation(),
                    next == nodes.size() - 1, leave));
            if (nextStart <= latest[k + 1]) {
                return true;
            }
        }
        return false;
    }

    private double travel(int from, int to, double at) {
        return travel(nodes.get(from).getLocation(), nodes.get(to).getLocation(), to == nodes.size() - 1, at);
    }

    /** Travel time leaving at {@code at}; none to the end of a route that does not return to its depot. */
    private double travel(Location from, Location to, boolean toEnd, double at) {
        if (toEnd && !route.getVehicle().isReturnToDepot()) {
            return 0;
        }
        return problem.getTransportCosts().getTransportTime(from, to, at, route.getDriver(), route.getVehicle());
    }

    private static Job jobOf(TourActivity activity) {
        return activity instanceof TourActivity.JobActivity jobActivity ? jobActivity.getJob() : null;
    }

    /** A delivery is loaded at the depot; jsprit counts every other service as picked up and carried to the end. */
    private static Capacity startLoadOf(Job job) {
        return job instanceof Delivery ? job.getSize() : Capacity.Builder.newInstance().build();
    }

    private static Capacity endLoadOf(Job job) {
        return job instanceof Service && !(job instanceof Delivery) ? job.getSize()
                : Capacity.Builder.newInstance().build();
    }

    private static double[] windowOf(TourActivity activity) {
        if (jobOf(activity) instanceof Service service) {
            return hullOf(service);
        }
        return new double[] {activity.getTheoreticalEarliestOperationStartTime(),
                activity.getTheoreticalLatestOperationStartTime()};
    }

    private static double[] hullOf(Service service) {
        double from = Double.MAX_VALUE;
        double to = -Double.MAX_VALUE;
        for (TimeWindow window : service.getTimeWindows()) {
            from = Math.min(from, window.getStart());
            to = Math.max(to, window.getEnd());
        }
        return new double[] {from, to};
    }
}
