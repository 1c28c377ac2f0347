package io.lastmilehub.planning;

import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.OrderType;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;
import io.lastmilehub.model.VehicleType;
import io.lastmilehub.planning.travel.GreatCircleTravelTimes;
import io.lastmilehub.planning.travel.TravelProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.DATE;
import static io.lastmilehub.planning.BerlinDay.WESTHAFEN;
import static io.lastmilehub.planning.BerlinDay.assertEveryOrderAccountedFor;
import static io.lastmilehub.planning.BerlinDay.at;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlanningEngineTest {

    private static final Instant NOW = Instant.parse("2026-03-09T18:00:00Z");
    private static final GreatCircleTravelTimes TRAVEL = new GreatCircleTravelTimes();

    private static PlanningRequest request;
    private static Plan plan;

    @BeforeAll
    static void planTheBerlinDay() {
        request = BerlinDay.fiveOrdersTwoVans().build();
        plan = new PlanningEngine(TRAVEL, Clock.fixed(NOW, ZoneOffset.UTC)).plan(request);
    }

    @Test
    void whenPlanningTheBerlinDay_itShouldPlanEveryOrderOnBothVans() {
        assertEveryOrderAccountedFor(request, plan);
        assertThat(plan.getUnassigned()).isEmpty();
        assertThat(plan.getRoutes()).extracting(Route::getVehicleId).containsExactly("van-1", "van-2");
        assertThat(plan.getId()).isEqualTo("plan-1");
        assertThat(plan.getTenant()).isEqualTo("acme");
        assertThat(plan.getDepotId()).isEqualTo("BER-1");
        assertThat(plan.getCreatedAt()).isEqualTo(NOW);
    }

    @Test
    void whenPlanningTheBerlinDay_itShouldRespectEachVansPayload() {
        Map<String, DeliveryOrder> orders = ordersById(request);
        for (Route route : plan.getRoutes()) {
            double load = route.getStops().stream().mapToDouble(s -> orders.get(s.getOrderId()).totalWeightKg()).sum();
            assertThat(load).as("load of %s", route.getVehicleId()).isLessThanOrEqualTo(BerlinDay.PAYLOAD_KG);
        }
    }

    @Test
    void whenPlanningTheBerlinDay_itShouldServeEveryStopInsideAWindowAndShift() {
        Map<String, DeliveryOrder> orders = ordersById(request);
        for (Route route : plan.getRoutes()) {
            assertThat(route.getStart()).isAfterOrEqualTo(at(8, 0));
            assertThat(route.getEnd()).isBeforeOrEqualTo(at(18, 0));
            Instant previous = route.getStart();
            for (Stop stop : route.getStops()) {
                DeliveryOrder order = orders.get(stop.getOrderId());
                Instant serviceStart = stop.getDeparture().minusSeconds(order.getServiceTimeSeconds());
                assertThat(stop.getEta()).isAfter(previous).isBeforeOrEqualTo(serviceStart);
                assertInsideAWindow(order, serviceStart);
                previous = stop.getDeparture();
            }
            assertThat(route.getEnd()).isAfter(previous);
        }
    }

    @Test
    void whenPlanningTheBerlinDay_itShouldNumberStopsAndTimeLegsFromTheMatrix() {
        for (Route route : plan.getRoutes()) {
            GeoPointsLeg legs = new GeoPointsLeg(route);
            for (int i = 0; i < route.getStops().size(); i++) {
                Stop stop = route.getStops().get(i);
                assertThat(stop.getSequence()).isEqualTo(i + 1);
                assertThat(stop.getType()).isEqualTo(StopType.DELIVERY);
                assertThat(stop.getDistanceMeters()).isCloseTo(legs.meters(i), within(1e-6));
                assertThat(stop.getDurationSeconds()).isEqualTo(Math.round(legs.seconds(i)));
                Instant departedBefore = i == 0 ? route.getStart() : route.getStops().get(i - 1).getDeparture();
                assertThat(Duration.between(departedBefore, stop.getEta()).toSeconds())
                        .isEqualTo(stop.getDurationSeconds());
            }
            double returnMeters = legs.meters(route.getStops().size());
            double stopMeters = route.getStops().stream().mapToDouble(Stop::getDistanceMeters).sum();
            assertThat(route.getDistanceMeters()).isCloseTo(stopMeters + returnMeters, within(1e-6));
            assertThat(route.getDurationSeconds()).isEqualTo(Duration.between(route.getStart(), route.getEnd())
                    .toSeconds());
        }
    }

    @Test
    void whenPlanningTheBerlinDay_itsCostSummaryShouldAddUpToTheRoutes() {
        CostSummary cost = plan.getCost();
        List<Route> routes = plan.getRoutes();
        assertThat(cost.getTotalCost()).isCloseTo(routes.stream().mapToDouble(Route::getCost).sum(), within(1e-6));
        assertThat(cost.getTotalCost()).isCloseTo(cost.getFixedCost() + cost.getDistanceCost() + cost.getTimeCost()
                + cost.getEnergyCost(), within(1e-6));
        assertThat(cost.getFixedCost()).isEqualTo(2 * 50.0);
        assertThat(cost.getDistanceMeters()).isCloseTo(routes.stream().mapToDouble(Route::getDistanceMeters).sum(),
                within(1e-6));
        assertThat(cost.getDurationSeconds()).isEqualTo(routes.stream().mapToLong(Route::getDurationSeconds).sum());
        assertThat(cost.getCo2Grams()).isCloseTo(routes.stream().mapToDouble(Route::getCo2Grams).sum(), within(1e-6));
        assertThat(cost.getCo2Grams()).isCloseTo(45 * cost.getDistanceMeters() / 1000, within(1e-6));
        assertThat(cost.getDistanceCost()).isCloseTo(0.30 * cost.getDistanceMeters() / 1000, within(1e-6));
        assertThat(cost.getEnergyCost()).isCloseTo(0.2 * 0.35 * cost.getDistanceMeters() / 1000, within(1e-6));
        assertThat(cost.getTimeCost()).isCloseTo(25 * cost.getDurationSeconds() / 3600.0, within(1e-6));
        assertThat(cost.getVehicles()).isEqualTo(2);
        assertThat(cost.getOrdersPlanned()).isEqualTo(5);
        assertThat(cost.getOrdersUnassigned()).isZero();
        assertThat(cost.getCurrency()).isEqualTo("EUR");
        assertThat(cost.getPlanId()).isEqualTo("plan-1");
    }

    @Test
    void whenPlanningTheBerlinDay_eachRouteCostShouldBeFixedPlusItsStopsPlusTheReturn() {
        for (Route route : plan.getRoutes()) {
            Stop last = route.getStops().get(route.getStops().size() - 1);
            double returnKm = new GeoPointsLeg(route).meters(route.getStops().size()) / 1000;
            double returnHours = Duration.between(last.getDeparture(), route.getEnd()).toSeconds() / 3600.0;
            double returnCost = returnKm * (0.30 + 0.2 * 0.35) + returnHours * 25;
            double stopCosts = route.getStops().stream().mapToDouble(Stop::getCost).sum();
            assertThat(route.getCost()).isCloseTo(50 + stopCosts + returnCost, within(1e-6));
            double stopCo2 = route.getStops().stream().mapToDouble(Stop::getCo2Grams).sum();
            assertThat(route.getCo2Grams()).isCloseTo(stopCo2 + 45 * returnKm, within(1e-6));
        }
    }

    @Test
    void whenTheFirstWindowOpensLate_itShouldLeaveTheDepotLaterInsteadOfWaiting() {
        PlanningRequest late = base().order(order("o-late", ALEXANDERPLATZ, 10).timeWindow(window(14, 0, 15, 0))
                .build()).build();
        Plan latePlan = new PlanningEngine().plan(late);
        Route route = latePlan.getRoutes().get(0);
        Stop stop = route.getStops().get(0);
        assertThat(stop.getEta()).isEqualTo(at(14, 0));
        assertThat(Duration.between(route.getStart(), stop.getEta()).toSeconds()).isEqualTo(stop.getDurationSeconds());
        assertThat(stop.getDeparture()).isEqualTo(at(14, 5));
    }

    @Test
    void whenAnOrderIsAPickup_itsStopShouldBeAPickup() {
        PlanningRequest pickup = base().order(order("o-return", ALEXANDERPLATZ, 10)
                .type(OrderType.RETURN).build()).build();
        Plan pickupPlan = new PlanningEngine().plan(pickup);
        assertThat(BerlinDay.stopOf(pickupPlan, "o-return").getType()).isEqualTo(StopType.PICKUP);
    }

    @Test
    void whenPlanningAgain_itShouldGiveTheSamePlan() {
        Plan again = new PlanningEngine(TRAVEL, Clock.fixed(NOW, ZoneOffset.UTC)).plan(request);
        assertThat(again).isEqualTo(plan);
    }

    private static PlanningRequest.Builder base() {
        return PlanningRequest.builder().planId("p").tenant(BerlinDay.TENANT).depot(BerlinDay.depot())
                .planningDate(DATE).vehicle(BerlinDay.van("van-1", 100).build()).options(BerlinDay.FAST);
    }

    private static void assertInsideAWindow(DeliveryOrder order, Instant serviceStart) {
        if (order.getTimeWindows().isEmpty()) {
            return;
        }
        assertThat(order.getTimeWindows()).as("windows of %s, service starts %s", order.getId(), serviceStart)
                .anySatisfy(w -> assertThat(serviceStart).isBetween(w.getStart(), w.getEnd()));
    }

    private static Map<String, DeliveryOrder> ordersById(PlanningRequest request) {
        return request.orders().stream().collect(Collectors.toMap(DeliveryOrder::getId, Function.identity()));
    }

    /** Legs of a route recomputed from the stop locations: leg i ends at stop i, the last leg is the return. */
    private static final class GeoPointsLeg {

        private final Route route;

        GeoPointsLeg(Route route) {
            this.route = route;
        }

        double meters(int leg) {
            return TRAVEL.leg(from(leg), to(leg), TravelProfile.of(VehicleType.VAN))
                    .distanceMeters();
        }

        double seconds(int leg) {
            return TRAVEL.leg(from(leg), to(leg), TravelProfile.of(VehicleType.VAN))
                    .durationSeconds();
        }

        private GeoPoint from(int leg) {
            return leg == 0 ? WESTHAFEN : route.getStops().get(leg - 1).getLocation();
        }

        private GeoPoint to(int leg) {
            return leg == route.getStops().size() ? WESTHAFEN : route.getStops().get(leg).getLocation();
        }
    }
}
