package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.ruin.AbstractRuinStrategy;
import com.graphhopper.jsprit.core.algorithm.ruin.JobNeighborhoods;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity.JobActivity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Slack induction by string removals (SISR, Christiaens and Vanden Berghe, Transportation Science 54(2), 2020):
 * removes a few strings of consecutive stops from routes that lie near each other. Starting from a random routed
 * job, it walks the job's nearest neighbours; the route of each neighbour not yet touched loses one string that
 * contains the neighbour, until {@code k} routes are ruined. Removing whole neighbouring strings frees time and
 * capacity on several routes around one spot, so the insertion can rebuild them differently (the "slack").
 *
 * <p>Sizes as in the paper: on average {@value #AVERAGE_REMOVED} jobs, strings of at most {@value #MAX_STRING}
 * stops (and never longer than the average route), {@code k} uniform in {@code 1 .. 4 c / (1 + l) - 1}. Each string
 * is, with even odds, a plain string or a split string: a window of {@code l + m} stops around the neighbour of
 * which {@code m} consecutive ones stay ({@code m} grows while a draw is above {@value #SPLIT_DEPTH}). jsprit's own
 * {@code RuinString} follows the 2016 report, with fixed ranges for {@code k} and {@code l} and no tie to the
 * routes' lengths.
 */
final class SisrRuin extends AbstractRuinStrategy {

    /** The paper's c̄: jobs removed on average. */
    static final double AVERAGE_REMOVED = 10;

    /** The paper's L^max: longest string. */
    static final int MAX_STRING = 10;

    /** The paper's β: the preserved part of a split string stops growing with this probability per stop. */
    static final double SPLIT_DEPTH = 0.01;

    private final JobNeighborhoods neighbours;

    /** @param neighbours the jobs nearest to each job, nearest first */
    SisrRuin(VehicleRoutingProblem problem, JobNeighborhoods neighbours) {
        super(problem);
        this.neighbours = neighbours;
    }

    @Override
    public Collection<Job> ruinRoutes(Collection<VehicleRoute> routes) {
        Map<Job, VehicleRoute> routeOf = new HashMap<>();
        List<Job> routed = new ArrayList<>();
        int nonEmpty = 0;
        for (VehicleRoute route : routes) {
            List<Job> jobs = jobsOf(route);
            jobs.forEach(job -> routeOf.put(job, route));
            routed.addAll(jobs);
            nonEmpty += jobs.isEmpty() ? 0 : 1;
        }
        if (routed.isEmpty()) {
            return List.of();
        }
        double maxLength = Math.min(MAX_STRING, (double) routed.size() / nonEmpty);
        double maxStrings = 4 * AVERAGE_REMOVED / (1 + maxLength) - 1;
        int strings = (int) (random.nextDouble() * maxStrings) + 1;
        Job seed = routed.get(random.nextInt(routed.size()));
        Set<Job> removed = new LinkedHashSet<>();
        Set<VehicleRoute> ruined = new HashSet<>();
        Iterator<Job> near = neighbours.getNearestNeighborsIterator(vrp.getJobs().size(), seed);
        Job next = seed;
        while (next != null && ruined.size() < strings) {
            VehicleRoute route = routeOf.get(next);
            if (route != null && !ruined.contains(route) && !removed.contains(next)) {
                List<Job> jobs = jobsOf(route);
                int length = (int) (random.nextDouble() * Math.min(jobs.size(), maxLength)) + 1;
                List<Job> string = random.nextBoolean() ? string(jobs, jobs.indexOf(next), length)
                        : splitString(jobs, jobs.indexOf(next), length);
                for (Job job : string) {
                    if (removeJob(job, route)) {
                        removed.add(job);
                    }
                }
                ruined.add(route);
            }
            next = near.hasNext() ? near.next() : null;
        }
        return removed;
    }

    /** {@code length} consecutive jobs of the route that include the one at {@code at}. */
    private List<Job> string(List<Job> jobs, int at, int length) {
        return window(jobs, at, length);
    }

    /** {@code length} jobs taken from a window around {@code at} in which a run of consecutive ones stays. */
    private List<Job> splitString(List<Job> jobs, int at, int length) {
        if (length >= jobs.size()) {
            return window(jobs, at, length);
        }
        int kept = 1;
        while (length + kept < jobs.size() && random.nextDouble() > SPLIT_DEPTH) {
            kept++;
        }
        List<Job> window = window(jobs, at, length + kept);
        int keptFrom = random.nextInt(length + 1);
        List<Job> string = new ArrayList<>(window.subList(0, keptFrom));
        string.addAll(window.subList(keptFrom + kept, window.size()));
        return string;
    }

    /** A random window of {@code length} consecutive jobs that contains the one at {@code at}. */
    private List<Job> window(List<Job> jobs, int at, int length) {
        int lowest = Math.max(0, at - length + 1);
        int highest = Math.min(at, jobs.size() - length);
        int from = lowest + random.nextInt(highest - lowest + 1);
        return jobs.subList(from, from + length);
    }

    /** The route's jobs of the problem in the order of their first stop (breaks and fixed jobs are not). */
    private List<Job> jobsOf(VehicleRoute route) {
        Set<Job> jobs = new LinkedHashSet<>();
        route.getActivities().forEach(activity -> {
            if (activity instanceof JobActivity jobActivity
                    && vrp.getJobs().containsKey(jobActivity.getJob().getId())) {
                jobs.add(jobActivity.getJob());
            }
        });
        return new ArrayList<>(jobs);
    }

    @Override
    public String toString() {
        return "[name=sisrRuin]";
    }
}
