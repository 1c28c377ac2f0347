package io.lastmilehub.planning.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SolverRunTest {

    private static final Optional<BestKnown> BEST = Optional.of(new BestKnown("R101", 19, 1650.80));

    private static SolverRun run(int vehicles, double distance, boolean feasible) {
        return new SolverRun("s", new VrptwSolution(List.of(), Duration.ZERO, Duration.ZERO),
                new Evaluation(vehicles, distance, feasible, feasible ? "" : "broken"));
    }

    @Test
    void whenComparedWithTheBestKnown_itShouldGiveVehiclesAndDistancePercent() {
        SolverRun run = run(20, 1667.308, true);
        assertThat(run.vehicleGap(BEST)).contains(1);
        assertThat(run.distanceGapPercent(BEST).orElseThrow()).isCloseTo(1.0, within(1e-3));
        assertThat(run.vehicleGap(Optional.empty())).isEmpty();
    }

    @Test
    void whenComparingRuns_fewerVehiclesShouldWinOverShorterDistance() {
        assertThat(run(19, 1700, true).compareTo(run(20, 1600, true))).isNegative();
        assertThat(run(19, 1600, true).compareTo(run(19, 1700, true))).isNegative();
        assertThat(run(19, 1600.001, true).compareTo(run(19, 1600.003, true))).isZero();
        assertThat(run(10, 900, false).compareTo(run(19, 1700, true))).isPositive();
    }
}
