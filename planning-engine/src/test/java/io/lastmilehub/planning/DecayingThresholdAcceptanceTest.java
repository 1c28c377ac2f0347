package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DecayingThresholdAcceptanceTest {

    /** 100 iterations; the time allowance is so long (a year) that the iterations decide. */
    private final PhaseBudget hundredIterations = PhaseBudget.startingNow(100, Duration.ofDays(365).toMillis());

    @Test
    void whenTheBudgetIsUsedUp_theThresholdShouldHalveEveryFifteenPercent() {
        DecayingThresholdAcceptance acceptance = acceptanceOf(1000);
        List<VehicleRoutingProblemSolution> memory = memoryWith(1000);

        acceptance.informIterationStarts(1, null, memory);
        assertThat(acceptance.threshold()).isCloseTo(30, within(0.01));
        acceptance.informIterationStarts(16, null, memory);
        assertThat(acceptance.threshold()).isCloseTo(15, within(0.01));
        acceptance.informIterationStarts(31, null, memory);
        assertThat(acceptance.threshold()).isCloseTo(7.5, within(0.01));
    }

    @Test
    void whenACandidateIsWorseByLessThanTheThreshold_itShouldReplaceTheCurrentSolution() {
        DecayingThresholdAcceptance acceptance = acceptanceOf(1000);
        List<VehicleRoutingProblemSolution> memory = memoryWith(1000);
        acceptance.informIterationStarts(1, null, memory);

        VehicleRoutingProblemSolution slightlyWorse = solution(1020);
        assertThat(acceptance.acceptSolution(memory, slightlyWorse)).isTrue();
        assertThat(memory).containsExactly(slightlyWorse);
        assertThat(acceptance.acceptSolution(memory, solution(1060))).isFalse();
        assertThat(memory).containsExactly(slightlyWorse);
    }

    @Test
    void whenTheFixedCostsAreLarge_theThresholdShouldFollowTheRoutingCostOnly() {
        DecayingThresholdAcceptance acceptance = new DecayingThresholdAcceptance(hundredIterations,
                solution -> solution.getCost() - 100_000);
        List<VehicleRoutingProblemSolution> memory = memoryWith(101_000);
        acceptance.informIterationStarts(1, null, memory);

        assertThat(acceptance.threshold()).isCloseTo(30, within(0.01));
        assertThat(acceptance.acceptSolution(memory, solution(102_000))).isFalse();
    }

    private DecayingThresholdAcceptance acceptanceOf(double routingCost) {
        return new DecayingThresholdAcceptance(hundredIterations, solution -> routingCost);
    }

    private static List<VehicleRoutingProblemSolution> memoryWith(double cost) {
        return new ArrayList<>(List.of(solution(cost)));
    }

    private static VehicleRoutingProblemSolution solution(double cost) {
        return new VehicleRoutingProblemSolution(new ArrayList<>(), cost);
    }
}
