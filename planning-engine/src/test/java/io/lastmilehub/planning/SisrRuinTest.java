package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.ruin.JobNeighborhoods;
import com.graphhopper.jsprit.core.algorithm.ruin.JobNeighborhoodsFactory;
import com.graphhopper.jsprit.core.algorithm.ruin.distance.AvgServiceAndShipmentDistance;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;
import io.lastmilehub.planning.solomon.SolomonProblems;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SisrRuinTest {

    /** Three routes of ten customers west of the depot, three east of it, 1,000 apart. */
    private final VehicleRoutingProblem problem = twoClustersOfThreeRoutes();

    @Test
    void whenRuining_theStringsShouldComeFromRoutesNearTheSeed() {
        for (int seed = 0; seed < 200; seed++) {
            List<VehicleRoute> routes = routes();
            Collection<Job> removed = ruin(seed, routes);

            Set<Boolean> sides = removed.stream().map(job -> Integer.parseInt(job.getId()) <= 30)
                    .collect(Collectors.toSet());
            assertThat(sides).as("seed %d removed %s", seed, ids(removed)).hasSize(1);
        }
    }

    @Test
    void whenRuining_eachRuinedRouteShouldLoseOneStringOfAtMostTheLongestLength() {
        for (int seed = 0; seed < 200; seed++) {
            List<VehicleRoute> routes = routes();
            Collection<Job> removed = ruin(seed, routes);

            assertThat(removed).isNotEmpty();
            int strings = 0;
            for (VehicleRoute route : routes) {
                int lost = 10 - route.getTourActivities().jobSize();
                assertThat(lost).isLessThanOrEqualTo(SisrRuin.MAX_STRING);
                strings += lost > 0 ? 1 : 0;
            }
            assertThat(strings).as("routes ruined; at most 4 c / (1 + l) - 1 rounded up")
                    .isBetween(1, (int) Math.ceil(4 * SisrRuin.AVERAGE_REMOVED / (1 + 10) - 1));
            assertThat(removed.stream().noneMatch(job -> routes.stream().anyMatch(r -> r.getTourActivities()
                    .servesJob(job)))).as("removed jobs are no longer on a route").isTrue();
        }
    }

    @Test
    void whenAllJobsAreOutAlready_nothingShouldBeRemoved() {
        assertThat(ruin(1, new ArrayList<>())).isEmpty();
    }

    private Collection<Job> ruin(long seed, List<VehicleRoute> routes) {
        JobNeighborhoods neighbours = new JobNeighborhoodsFactory().createNeighborhoods(problem,
                new AvgServiceAndShipmentDistance(problem.getTransportCosts()), problem.getJobs().size());
        neighbours.initialise();
        SisrRuin ruin = new SisrRuin(problem, neighbours);
        ruin.setRandom(new Random(seed));
        return ruin.ruin(routes);
    }

    /** Route r serves customers 10 r + 1 to 10 r + 10 in order. */
    private List<VehicleRoute> routes() {
        List<VehicleRoute> routes = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            Vehicle vehicle = vehicle("vehicle-" + (r + 1));
            VehicleRoute.Builder route = VehicleRoute.Builder.newInstance(vehicle)
                    .setJobActivityFactory(problem.getJobActivityFactory());
            for (int c = 10 * r + 1; c <= 10 * r + 10; c++) {
                route.addService((Service) problem.getJobs().get(Integer.toString(c)));
            }
            routes.add(route.build());
        }
        return routes;
    }

    private Vehicle vehicle(String id) {
        return problem.getVehicles().stream().filter(v -> v.getId().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(Collection<Job> jobs) {
        return jobs.stream().map(Job::getId).toList();
    }

    /** Customers 1-30 around (-1000, 0), 31-60 around (1000, 0), on rows of ten. */
    private static VehicleRoutingProblem twoClustersOfThreeRoutes() {
        List<SolomonNode> customers = new ArrayList<>();
        for (int c = 1; c <= 60; c++) {
            int side = c <= 30 ? -1 : 1;
            int row = (c - 1) / 10 % 3;
            int column = (c - 1) % 10;
            customers.add(new SolomonNode(c, side * 1000 + column, row * 5, 1, 0, 100_000, 0));
        }
        SolomonNode depot = new SolomonNode(0, 0, 0, 0, 0, 100_000, 0);
        return SolomonProblems.toProblem(new SolomonInstance("two-clusters", 6, 100, depot, customers), 1000);
    }
}
