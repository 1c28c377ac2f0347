package io.lastmilehub.planning.benchmark;

import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SolutionEvaluatorTest {

    /** Depot at the origin, horizon 0..100; customers 1 at (3,4) and 2 at (-3,4), demand 5 each, capacity 10. */
    static SolomonInstance twoCustomers(double dueOfSecond) {
        return new SolomonInstance("tiny", 2, 10, new SolomonNode(0, 0, 0, 0, 0, 100, 0),
                List.of(new SolomonNode(1, 3, 4, 5, 0, 100, 1), new SolomonNode(2, -3, 4, 5, 0, dueOfSecond, 1)));
    }

    private static VrptwSolution solution(List<List<Integer>> routes) {
        return new VrptwSolution(routes, Duration.ZERO, Duration.ZERO);
    }

    private final SolutionEvaluator evaluator = new SolutionEvaluator();

    @Test
    void whenOneRouteServesBoth_itShouldMeasureTheDistanceWithTheReturn() {
        Evaluation evaluation = evaluator.evaluate(twoCustomers(100), solution(List.of(List.of(1, 2))));
        assertThat(evaluation.feasible()).isTrue();
        assertThat(evaluation.vehicles()).isEqualTo(1);
        assertThat(evaluation.distance()).isCloseTo(5 + 6 + 5, within(1e-9));
        assertThat(evaluation.violation()).isEmpty();
    }

    @Test
    void whenTheSecondStopIsReachedAfterItsDueTime_itShouldBeInfeasible() {
        Evaluation evaluation = evaluator.evaluate(twoCustomers(11), solution(List.of(List.of(1, 2))));
        assertThat(evaluation.feasible()).isFalse();
        assertThat(evaluation.violation()).contains("customer 2 served at 12.0 after its due time 11.0");
    }

    @Test
    void whenACustomerIsLeftOut_itShouldBeInfeasible() {
        Evaluation evaluation = evaluator.evaluate(twoCustomers(100), solution(List.of(List.of(1))));
        assertThat(evaluation.feasible()).isFalse();
        assertThat(evaluation.violation()).isEqualTo("1 customers not served");
    }

    @Test
    void whenARouteCarriesTooMuch_itShouldBeInfeasible() {
        SolomonInstance small = new SolomonInstance("small", 1, 9, new SolomonNode(0, 0, 0, 0, 0, 100, 0),
                twoCustomers(100).customers());
        Evaluation evaluation = evaluator.evaluate(small, solution(List.of(List.of(1, 2))));
        assertThat(evaluation.violation()).contains("over capacity 9");
    }

    @Test
    void whenACustomerIsServedTwice_itShouldBeInfeasible() {
        Evaluation evaluation = evaluator.evaluate(twoCustomers(100), solution(List.of(List.of(1, 2), List.of(2))));
        assertThat(evaluation.violation()).isEqualTo("customer 2 served twice");
    }
}
