package io.lastmilehub.planning.benchmark;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleType;
import io.lastmilehub.planning.PlanningOptions;
import io.lastmilehub.planning.PlanningRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ScaleInstanceGeneratorTest {

    private static final PlanningOptions OPTIONS = PlanningOptions.builder().maxIterations(10)
            .timeBudget(Duration.ofSeconds(5)).build();

    @Test
    void whenGenerating_itShouldMakeTheAskedStopsAndVansInsideTheArea() {
        PlanningRequest request = ScaleInstanceGenerator.generate(200, 7, 1, OPTIONS);

        assertThat(request.orders()).hasSize(200);
        assertThat(request.vehicles()).hasSize(7);
        for (DeliveryOrder order : request.orders()) {
            double km = request.depot().getLocation().distanceMetersTo(order.getShipTo().getLocation()) / 1000;
            assertThat(km).isLessThanOrEqualTo(ScaleInstanceGenerator.RADIUS_KM * 1.01);
            assertThat(order.totalWeightKg()).isBetween(1.0, 20.0);
        }
        double payload = request.vehicles().stream().mapToDouble(v -> v.getCapacity().getWeightKg()).sum();
        double weight = request.orders().stream().mapToDouble(DeliveryOrder::totalWeightKg).sum();
        assertThat(payload).isGreaterThan(weight);
        assertThat(request.orders()).filteredOn(o -> !o.getTimeWindows().isEmpty()).hasSizeBetween(20, 80);
    }

    @Test
    void whenGeneratingAMixedFleet_everyThirdShouldBeACargoBikeAndTheLastADrone() {
        PlanningRequest request = ScaleInstanceGenerator.generate(20, 7, 1, OPTIONS,
                ScaleInstanceGenerator.Fleet.MIXED);

        assertThat(request.vehicles()).extracting(Vehicle::getType).containsExactly(VehicleType.VAN,
                VehicleType.VAN, VehicleType.CARGO_BIKE, VehicleType.VAN, VehicleType.VAN, VehicleType.CARGO_BIKE,
                VehicleType.MULTIROTOR_DRONE);
    }

    @Test
    void whenMeasuringAFixedNumberOfIterations_itShouldStopThere() {
        ScaleRun run = ScaleRun.measure(20, 3, Duration.ofSeconds(60), 5, ScaleInstanceGenerator.Fleet.MIXED, 5);

        assertThat(run.iterations()).isEqualTo(5);
    }

    @Test
    void whenGeneratingTwiceWithOneSeed_itShouldMakeTheSameDay() {
        assertThat(ScaleInstanceGenerator.generate(50, 3, 9, OPTIONS))
                .isEqualTo(ScaleInstanceGenerator.generate(50, 3, 9, OPTIONS));
    }

    @Test
    void whenMeasuringASmallDay_itShouldPlanEveryStopAndReportTimesAndHeap() {
        ScaleRun run = ScaleRun.measure(40, 3, Duration.ofMillis(500), 5);

        assertThat(run.unassigned()).isZero();
        assertThat(run.routes()).isBetween(1, 3);
        assertThat(run.iterations()).isPositive();
        assertThat(run.timeToFeasible()).isPositive().isLessThanOrEqualTo(run.total());
        assertThat(run.sampledPeakBytes()).isPositive();
        assertThat(run.poolPeakBytes()).isPositive();
    }
}
