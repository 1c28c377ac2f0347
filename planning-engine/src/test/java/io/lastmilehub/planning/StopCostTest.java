package io.lastmilehub.planning;

import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleCosts;
import io.lastmilehub.model.VehicleType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.KOLLWITZPLATZ;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.request;
import static io.lastmilehub.planning.BerlinDay.routeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StopCostTest {

    private static final List<DeliveryOrder> TWO_STOPS = List.of(order("o-1", ALEXANDERPLATZ, 5).build(),
            order("o-2", KOLLWITZPLATZ, 5).build());

    @Test
    void whenAVehicleChargesPerStop_everyStopAndThePlanShouldCarryIt() {
        Vehicle contractor = BerlinDay.van("van-1", 500).costs(BerlinDay.vanCosts().toBuilder().perStop(2.5).build())
                .build();

        Plan plan = new PlanningEngine().plan(request(List.of(contractor), TWO_STOPS).build());
        Plan without = new PlanningEngine().plan(request(List.of(BerlinDay.van("van-1", 500).build()), TWO_STOPS)
                .build());

        CostSummary cost = plan.getCost();
        assertThat(cost.getStopCost()).isCloseTo(5.0, within(1e-9));
        assertThat(cost.getTotalCost()).isCloseTo(without.getCost().getTotalCost() + 5.0, within(1e-6));
        assertThat(cost.getCostPerOrder()).isCloseTo(cost.getTotalCost() / 2, within(1e-9));
        assertThat(cost.getCo2GramsPerOrder()).isCloseTo(cost.getCo2Grams() / 2, within(1e-9));
        Route route = routeOf(plan, "van-1");
        Route plain = routeOf(without, "van-1");
        for (int i = 0; i < 2; i++) {
            assertThat(route.getStops().get(i).getCost()).isCloseTo(plain.getStops().get(i).getCost() + 2.5,
                    within(1e-6));
        }
        assertThat(route.getStops().stream().mapToDouble(Stop::getCost).sum()).isLessThan(route.getCost());
    }

    @Test
    void whenAVehicleStatesNoCosts_theCostTableOfItsModeShouldPriceIt() {
        VehicleCosts bikeRates = VehicleCosts.builder().fixed(15).perKm(0.05).perHour(24).co2GramsPerKm(4)
                .currency("EUR").build();
        Vehicle bike = BerlinDay.van("bike-1", 100).type(VehicleType.CARGO_BIKE).costs(null).build();
        PlanningRequest request = request(List.of(bike), TWO_STOPS)
                .costTable(new CostTable(Map.of(VehicleType.CARGO_BIKE, bikeRates))).build();

        Plan plan = new PlanningEngine().plan(request);

        CostSummary cost = plan.getCost();
        assertThat(cost.getFixedCost()).isEqualTo(15);
        assertThat(cost.getCo2Grams()).isCloseTo(4 * cost.getDistanceMeters() / 1000, within(1e-6));
        assertThat(cost.getCurrency()).isEqualTo("EUR");
    }
}
