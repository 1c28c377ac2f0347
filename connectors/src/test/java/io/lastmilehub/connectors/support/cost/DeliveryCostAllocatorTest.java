package io.lastmilehub.connectors.support.cost;

import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;
import io.lastmilehub.model.testing.ModelFixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Cost per delivery from the fixture plan: one route of 58.40 EUR, 24.7 km, 4940 g CO2, whose two stops cost 9.75
 * and 6.20 EUR, drive 8.2 and 5.1 km and emit 1640 and 1020 g; the remaining 42.45 EUR, 11.4 km and 2280 g are split
 * evenly.
 */
class DeliveryCostAllocatorTest {

    private final Plan plan = ModelFixtures.plan();

    private Plan withRoute(Route route) {
        return plan.toBuilder().clearRoutes().route(route).build();
    }

    @Test
    void whenTheRouteCostsMoreThanItsStops_theRestShouldBeSharedEvenlyAndAddUp() {
        List<DeliveryCost> costs = DeliveryCostAllocator.allocate(plan);

        assertThat(costs).extracting(DeliveryCost::orderId, DeliveryCost::stopCost, DeliveryCost::sharedCost,
                        DeliveryCost::total, DeliveryCost::sharedBy, DeliveryCost::currency)
                .containsExactly(
                        tuple("ord-7f3a", new BigDecimal("9.75"), new BigDecimal("21.23"), new BigDecimal("30.98"), 2,
                                "EUR"),
                        tuple("ord-21be", new BigDecimal("6.20"), new BigDecimal("21.22"), new BigDecimal("27.42"), 2,
                                "EUR"));
        assertThat(costs.stream().map(DeliveryCost::total).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("58.40");
        assertThat(costs.get(0).distanceMeters()).isCloseTo(13_900, within(1e-6));
        assertThat(costs.get(1).distanceMeters()).isCloseTo(10_800, within(1e-6));
        assertThat(costs.get(0).co2Grams()).isCloseTo(2_780, within(1e-6));
        assertThat(costs.get(0).planId()).isEqualTo("plan-2025-03-14-BER-1");
        assertThat(costs.get(0).vehicleId()).isEqualTo("B-LM-101");
        assertThat(costs.get(0).serviceAt()).isEqualTo(plan.getRoutes().get(0).getStops().get(0).getEta());
    }

    @Test
    void whenTheRouteHasABreak_itsCostShouldBeSharedLikeTheWayHome() {
        Route route = plan.getRoutes().get(0);
        Stop lunch = Stop.builder().sequence(3).type(StopType.BREAK).cost(1.0).build();

        List<DeliveryCost> costs = DeliveryCostAllocator.allocate(withRoute(route.toBuilder().stop(lunch).build()));

        assertThat(costs).extracting(DeliveryCost::orderId).containsExactly("ord-7f3a", "ord-21be");
        assertThat(costs).extracting(DeliveryCost::sharedCost)
                .containsExactly(new BigDecimal("21.23"), new BigDecimal("21.22"));
    }

    @Test
    void whenTheCurrencyHasNoMinorUnit_theSharesShouldBeWholeAndTheOddOneGoFirst() {
        Route route = plan.getRoutes().get(0).toBuilder().cost(1000).clearStops()
                .stop(plan.getRoutes().get(0).getStops().get(0).toBuilder().cost(100).build())
                .stop(plan.getRoutes().get(0).getStops().get(1).toBuilder().cost(201).build()).build();
        Plan yen = withRoute(route).toBuilder().cost(plan.getCost().toBuilder().currency("JPY").build()).build();

        assertThat(DeliveryCostAllocator.allocate(yen)).extracting(DeliveryCost::sharedCost, DeliveryCost::total)
                .containsExactly(tuple(new BigDecimal("350"), new BigDecimal("450")),
                        tuple(new BigDecimal("349"), new BigDecimal("550")));
    }

    @Test
    void whenTheRouteCostsLessThanItsStops_itShouldNameTheRoute() {
        Plan cheap = withRoute(plan.getRoutes().get(0).toBuilder().cost(10).build());

        CostAllocationException error = catchThrowableOfType(CostAllocationException.class,
                () -> DeliveryCostAllocator.allocate(cheap));

        assertThat(error.getField()).isEqualTo("routes[0].cost");
        assertThat(error.getReason()).contains("costs 10.0, less than its stops (15.95)");
    }

    @Test
    void whenTheRouteCostsLessThanItsStopsOnlyByRounding_theStopsShouldKeepTheirCostAndShareNothing() {
        // the planner adds the same doubles in another order than the exact sum of the stops: a few ulps less
        Plan rounded = withRoute(plan.getRoutes().get(0).toBuilder().cost(15.95 - 1e-13).build());

        assertThat(DeliveryCostAllocator.allocate(rounded)).extracting(DeliveryCost::sharedCost, DeliveryCost::total)
                .containsExactly(tuple(new BigDecimal("0.00"), new BigDecimal("9.75")),
                        tuple(new BigDecimal("0.00"), new BigDecimal("6.20")));
    }

    @Test
    void whenThePlanHasNoCurrency_itShouldNameTheField() {
        Plan noCurrency = plan.toBuilder().cost(plan.getCost().toBuilder().currency(null).build()).build();

        assertThat(catchThrowableOfType(CostAllocationException.class, () -> DeliveryCostAllocator.allocate(noCurrency))
                .getField()).isEqualTo("cost.currency");
    }
}
