package io.lastmilehub.planning.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JspritBenchmarkSolverTest {

    @Test
    void whenSolvingATinyInstance_itShouldServeEveryCustomerWithOneVehicle() {
        VrptwSolution solution = new JspritBenchmarkSolver(1).solve(SolutionEvaluatorTest.twoCustomers(100),
                Duration.ofMillis(500), 1);
        Evaluation evaluation = new SolutionEvaluator().evaluate(SolutionEvaluatorTest.twoCustomers(100), solution);
        assertThat(evaluation.feasible()).isTrue();
        assertThat(evaluation.vehicles()).isEqualTo(1);
        assertThat(evaluation.distance()).isCloseTo(16, within(1e-9));
        assertThat(solution.timeToBest()).isLessThanOrEqualTo(solution.elapsed());
    }
}
