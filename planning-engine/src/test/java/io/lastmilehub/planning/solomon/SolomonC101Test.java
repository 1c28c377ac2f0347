package io.lastmilehub.planning.solomon;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import io.lastmilehub.planning.JspritSolver;
import io.lastmilehub.planning.PlanningOptions;
import io.lastmilehub.planning.SolverResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Solves Solomon's C101 with the engine's jsprit set-up, as jsprit's own {@code Solomon_IT} does, and compares with
 * the best-known solution: 10 vehicles, distance 828.94 (SINTEF, see {@code solomon/SOURCES.md}). About 3 to 5
 * seconds on one core.
 */
class SolomonC101Test {

    private static final int BEST_KNOWN_VEHICLES = 10;
    private static final double BEST_KNOWN_DISTANCE = 828.94;
    /** Larger than any route's length, so that one vehicle less always beats any distance saving. */
    private static final double FIXED_COST_PER_VEHICLE = 1000;

    @Test
    void whenSolvingC101_itShouldFindTheBestKnownSolution() throws IOException {
        SolomonInstance instance;
        try (InputStream in = getClass().getResourceAsStream("/solomon/C101.txt")) {
            instance = new SolomonReader().read(in);
        }
        VehicleRoutingProblem problem = SolomonProblems.toProblem(instance, FIXED_COST_PER_VEHICLE);
        PlanningOptions options = PlanningOptions.builder().maxIterations(2000).timeBudget(Duration.ofSeconds(50))
                .build();

        SolverResult result = new JspritSolver(options).solve(problem);

        double distance = SolomonProblems.distanceOf(problem, result.solution());
        assertThat(result.solution().getUnassignedJobs()).isEmpty();
        assertThat(result.solution().getRoutes()).hasSize(BEST_KNOWN_VEHICLES);
        assertThat(distance).isCloseTo(BEST_KNOWN_DISTANCE, within(BEST_KNOWN_DISTANCE * 0.005));
        assertThat(result.solution().getCost())
                .isCloseTo(BEST_KNOWN_VEHICLES * FIXED_COST_PER_VEHICLE + distance, within(1e-6));
    }
}
