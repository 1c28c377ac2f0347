package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.recreate.InsertionData;
import com.graphhopper.jsprit.core.algorithm.recreate.JobInsertionCostsCalculator;
import com.graphhopper.jsprit.core.algorithm.recreate.JobInsertionCostsCalculatorBuilder;
import com.graphhopper.jsprit.core.algorithm.recreate.listener.InsertionListener;
import com.graphhopper.jsprit.core.algorithm.state.StateManager;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.constraint.ConstraintManager;
import com.graphhopper.jsprit.core.problem.constraint.HardActivityConstraint.ConstraintsStatus;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.FiniteFleetManagerFactory;
import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;
import io.lastmilehub.planning.solomon.SolomonProblems;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BlinkInsertionTest {

    /** Customers 1 to 5 on a line east of the depot, 10 apart; two vans. */
    private final VehicleRoutingProblem problem = customersOnALine();

    @Test
    void whenInserting_aJobShouldGoToItsCheapestPlaceUnlessThatPlaceBlinks() {
        int cheapest = 0;
        for (int seed = 0; seed < 100; seed++) {
            List<VehicleRoute> routes = new ArrayList<>(List.of(routeOf("1", "2", "4", "5")));
            Collection<Job> left = insertion(seed).insertJobs(routes, List.of(problem.getJobs().get("3")));

            assertThat(left).isEmpty();
            cheapest += stops(routes.get(0)).equals(List.of("1", "2", "3", "4", "5")) ? 1 : 0;
        }
        assertThat(cheapest).as("of 100 insertions (the cheapest place blinks once in a hundred)")
                .isGreaterThanOrEqualTo(95);
    }

    @Test
    void whenAJobFitsNowhere_itShouldBeLeftOut() {
        Job tooLate = problem.getJobs().get("6");
        List<VehicleRoute> routes = new ArrayList<>(List.of(routeOf("1", "2", "3", "4", "5")));

        assertThat(insertion(1).insertJobs(routes, List.of(tooLate))).containsExactly(tooLate);
    }

    @Test
    void whileInserting_aboutOnePlaceInAHundredShouldBlink_andNeverAtOtherTimes() {
        int[] blinked = new int[1];
        BlinkInsertion[] insertion = new BlinkInsertion[1];
        JobInsertionCostsCalculator countingBlinks = (route, job, vehicle, departure, driver, bestSoFar) -> {
            for (int place = 0; place < 10_000; place++) {
                if (insertion[0].fulfilled(null, null, null, null, 0) == ConstraintsStatus.NOT_FULFILLED) {
                    blinked[0]++;
                }
            }
            return new InsertionData.NoInsertionFound();
        };
        insertion[0] = new BlinkInsertion(problem, countingBlinks);
        insertion[0].setRandom(new Random(7));

        insertion[0].insertJobs(new ArrayList<>(), List.of(problem.getJobs().get("3")));

        assertThat(blinked[0]).as("blinks in 10,000 places").isBetween(50, 150);
        for (int place = 0; place < 10_000; place++) {
            assertThat(insertion[0].fulfilled(null, null, null, null, 0)).isEqualTo(ConstraintsStatus.FULFILLED);
        }
    }

    /** A blink insertion on jsprit's calculator with the core rules, as {@link PhaseAlgorithms} sets it up. */
    private BlinkInsertion insertion(long seed) {
        StateManager states = new StateManager(problem);
        ConstraintManager rules = new ConstraintManager(problem, states);
        CoreRules.addTo(problem, states, rules, true);
        List<InsertionListener> listeners = new ArrayList<>();
        JobInsertionCostsCalculator calculator = new JobInsertionCostsCalculatorBuilder(listeners, new ArrayList<>())
                .setStateManager(states).setConstraintManager(rules).setVehicleRoutingProblem(problem)
                .setVehicleFleetManager(new FiniteFleetManagerFactory(problem.getVehicles()).createFleetManager())
                .setLocalLevel(true).build();
        BlinkInsertion insertion = new BlinkInsertion(problem, calculator);
        listeners.forEach(insertion::addListener);
        insertion.addListener(states);
        insertion.setRandom(new Random(seed));
        rules.addConstraint(insertion, ConstraintManager.Priority.HIGH);
        return insertion;
    }

    private VehicleRoute routeOf(String... jobIds) {
        VehicleRoute.Builder route = VehicleRoute.Builder.newInstance(problem.getVehicles().iterator().next())
                .setJobActivityFactory(problem.getJobActivityFactory());
        for (String id : jobIds) {
            route.addService((Service) problem.getJobs().get(id));
        }
        return route.build();
    }

    private static List<String> stops(VehicleRoute route) {
        return route.getActivities().stream().map(TourActivity::getLocation).map(l -> l.getId()).toList();
    }

    /** Customers 1-5 at x = 10 to 50; customer 6 at x = 1000 with a window that no van can reach. */
    private static VehicleRoutingProblem customersOnALine() {
        List<SolomonNode> customers = new ArrayList<>();
        for (int c = 1; c <= 5; c++) {
            customers.add(new SolomonNode(c, 10 * c, 0, 1, 0, 10_000, 0));
        }
        customers.add(new SolomonNode(6, 1000, 0, 1, 0, 10, 0));
        SolomonNode depot = new SolomonNode(0, 0, 0, 0, 0, 10_000, 0);
        return SolomonProblems.toProblem(new SolomonInstance("line", 2, 100, depot, customers), 1000);
    }
}
