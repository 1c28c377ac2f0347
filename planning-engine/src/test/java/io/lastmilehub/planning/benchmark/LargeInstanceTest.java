package io.lastmilehub.planning.benchmark;

import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From 500 jobs on the engine uses a cheaper jsprit set-up (first solution by best insertion, no vehicle switch,
 * time-window states for the route's own vehicle only: {@code PhaseAlgorithms}, {@code CoreRules}); its solutions
 * must keep every rule all the same.
 */
class LargeInstanceTest {

    @Test
    void whenTheInstanceIsLarge_theSolutionShouldServeEveryoneWithinWindowsAndCapacity() {
        SolomonInstance instance = fiveHundredCustomers();

        VrptwSolution solution = new JspritBenchmarkSolver(1).solve(instance, Duration.ofSeconds(1), 4711L);

        Evaluation evaluation = new SolutionEvaluator().evaluate(instance, solution);
        assertThat(evaluation.violation()).isEmpty();
        assertThat(evaluation.feasible()).isTrue();
    }

    /** Customers on a 100 × 100 square around the depot, each with a window of 100 to 200 in a day of 1000. */
    private static SolomonInstance fiveHundredCustomers() {
        Random random = new Random(42);
        SolomonNode depot = new SolomonNode(0, 50, 50, 0, 0, 1000, 0);
        List<SolomonNode> customers = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            int ready = random.nextInt(700);
            customers.add(new SolomonNode(i, random.nextInt(101), random.nextInt(101), 1 + random.nextInt(10), ready,
                    ready + 100 + random.nextInt(101), 10));
        }
        return new SolomonInstance("large", 100, 200, depot, customers);
    }
}
