package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.SearchStrategy;
import com.graphhopper.jsprit.core.algorithm.SearchStrategyManager;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseAlgorithmsTest {

    private final VehicleRoutingProblem problem = EliminationProblems.fourCustomersThreeVans();
    private final PhaseAlgorithms algorithms = new PhaseAlgorithms(problem, List.of(), 1);

    @Test
    void whenStartingFromASolution_theLeftOutJobShouldBePlanned() {
        VehicleRoutingProblemSolution best = search(startWithJobFourOut(), Optional.empty());

        assertThat(best.getUnassignedJobs()).isEmpty();
        assertThat(best.getRoutes()).hasSize(1);
    }

    @Test
    void whenKeptToSomeVehicles_jobsShouldOnlyGoOntoThoseVehicles() {
        VehicleRoutingProblemSolution best = search(startWithJobFourOut(), Optional.of(Set.of("vehicle-3")));

        assertThat(best.getUnassignedJobs()).isEmpty();
        assertThat(vehicleOf(best, "4")).isEqualTo("vehicle-3");
    }

    @Test
    void whenBuildingAPhase_theSisrStrategyShouldRunBesideJspritsOwnWithItsWeight() {
        SearchStrategyManager strategies = algorithms.create(PhaseBudget.startingNow(20, 60_000), 4711L,
                Optional.empty(), Optional.empty(), PhaseAlgorithms.SISR_WEIGHT).getSearchStrategyManager();

        assertThat(strategies.getStrategies()).extracting(SearchStrategy::getId).contains("sisr", "radial_regret");
        assertThat(strategies.getWeight("sisr")).isEqualTo(PhaseAlgorithms.SISR_WEIGHT);
    }

    @Test
    void whenTheRoutesAverageTwentyStops_thePolishShouldRunMostlySisr() {
        VehicleRoutingProblem twoVans = problemOf(40, 2, false);

        assertThat(PhaseAlgorithms.polishSisrWeight(solutionOf(twoVans, 20, 20)))
                .isEqualTo(PhaseAlgorithms.LONG_ROUTES_SISR_WEIGHT);
        assertThat(PhaseAlgorithms.polishSisrWeight(solutionOf(twoVans, 20, 19)))
                .isEqualTo(PhaseAlgorithms.SISR_WEIGHT);
        assertThat(PhaseAlgorithms.polishSisrWeight(solutionOf(twoVans)))
                .isEqualTo(PhaseAlgorithms.SISR_WEIGHT);
        SearchStrategyManager strategies = new PhaseAlgorithms(twoVans, List.of(), 1).create(
                PhaseBudget.startingNow(20, 60_000), 4711L, Optional.of(solutionOf(twoVans, 20, 20)),
                Optional.empty(), PhaseAlgorithms.LONG_ROUTES_SISR_WEIGHT).getSearchStrategyManager();
        assertThat(strategies.getWeight("sisr")).isEqualTo(PhaseAlgorithms.LONG_ROUTES_SISR_WEIGHT);
    }

    @Test
    void whenJobsTimesVehicleTypesReachTheLimit_theProblemShouldGetTheCheaperSetUp() {
        assertThat(PhaseAlgorithms.isLarge(problemOf(200, 100, true))).isTrue();
        assertThat(PhaseAlgorithms.isLarge(problemOf(199, 100, true))).isFalse();
        assertThat(PhaseAlgorithms.isLarge(problemOf(200, 100, false))).isFalse();
        assertThat(PhaseAlgorithms.isLarge(problemOf(500, 1, false))).isTrue();
    }

    /** Deliveries on a line and vans at its start, each van of a type of its own (as in the hub) or all of one. */
    private static VehicleRoutingProblem problemOf(int jobs, int vans, boolean typePerVan) {
        VehicleRoutingProblem.Builder builder = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE);
        VehicleType shared = VehicleTypeImpl.Builder.newInstance("van").build();
        for (int v = 0; v < vans; v++) {
            builder.addVehicle(VehicleImpl.Builder.newInstance("van-" + v).setStartLocation(Location.newInstance(0, 0))
                    .setType(typePerVan ? VehicleTypeImpl.Builder.newInstance("van-" + v).build() : shared).build());
        }
        for (int j = 0; j < jobs; j++) {
            builder.addJob(Service.Builder.newInstance("job-" + j).setLocation(Location.newInstance(j, 0)).build());
        }
        return builder.build();
    }

    /** The problem's jobs in order on its vans, as many on each as given; the rest unassigned. */
    private static VehicleRoutingProblemSolution solutionOf(VehicleRoutingProblem problem, int... stopsPerVan) {
        List<Job> jobs = new ArrayList<>(problem.getJobs().values());
        List<Vehicle> vans = new ArrayList<>(problem.getVehicles());
        List<VehicleRoute> routes = new ArrayList<>();
        int next = 0;
        for (int van = 0; van < stopsPerVan.length; van++) {
            VehicleRoute.Builder route = VehicleRoute.Builder.newInstance(vans.get(van))
                    .setJobActivityFactory(problem.getJobActivityFactory());
            for (int stop = 0; stop < stopsPerVan[van]; stop++) {
                route.addService((Service) jobs.get(next++));
            }
            routes.add(route.build());
        }
        return new VehicleRoutingProblemSolution(routes, new ArrayList<>(jobs.subList(next, jobs.size())), 0);
    }

    private VehicleRoutingProblemSolution search(VehicleRoutingProblemSolution start,
                                                 Optional<Set<String>> vehicles) {
        return Solutions.bestOf(algorithms.create(PhaseBudget.startingNow(20, 60_000), 4711L, Optional.of(start),
                vehicles, PhaseAlgorithms.SISR_WEIGHT).searchSolutions());
    }

    /** vehicle-1 serves customers 1 and 2, vehicle-2 customer 3, customer 4 is left out. */
    private VehicleRoutingProblemSolution startWithJobFourOut() {
        List<VehicleRoute> routes = new ArrayList<>();
        routes.add(route("vehicle-1", "1", "2"));
        routes.add(route("vehicle-2", "3"));
        List<Job> out = new ArrayList<>(List.of(problem.getJobs().get("4")));
        return new VehicleRoutingProblemSolution(routes, out, 0);
    }

    private VehicleRoute route(String vehicleId, String... jobIds) {
        Vehicle vehicle = problem.getVehicles().stream().filter(v -> v.getId().equals(vehicleId)).findFirst()
                .orElseThrow();
        VehicleRoute.Builder route = VehicleRoute.Builder.newInstance(vehicle)
                .setJobActivityFactory(problem.getJobActivityFactory());
        for (String id : jobIds) {
            route.addService((Service) problem.getJobs().get(id));
        }
        return route.build();
    }

    private static String vehicleOf(VehicleRoutingProblemSolution solution, String jobId) {
        return solution.getRoutes().stream().filter(r -> r.getTourActivities().servesJob(
                r.getTourActivities().getJobs().stream().filter(j -> j.getId().equals(jobId)).findFirst()
                        .orElse(null))).map(r -> r.getVehicle().getId()).findFirst().orElse("none");
    }
}
