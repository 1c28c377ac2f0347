package io.lastmilehub.planning.benchmark;

import io.lastmilehub.planning.solomon.RandomInstances;
import io.lastmilehub.planning.solomon.SolomonInstance;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From 500 jobs on the engine uses a cheaper jsprit set-up (first solution by best insertion, no vehicle switch,
 * time-window states for the route's own vehicle only, no SISR: {@code PhaseAlgorithms}, {@code CoreRules}); its
 * solutions must keep every rule all the same.
 */
class LargeInstanceTest {

    @Test
    void whenTheInstanceIsLarge_theSolutionShouldServeEveryoneWithinWindowsAndCapacity() {
        SolomonInstance instance = RandomInstances.square(500, 100);

        VrptwSolution solution = new JspritBenchmarkSolver(1).solve(instance, Duration.ofSeconds(1), 4711L);

        Evaluation evaluation = new SolutionEvaluator().evaluate(instance, solution);
        assertThat(evaluation.violation()).isEmpty();
        assertThat(evaluation.feasible()).isTrue();
    }
}
