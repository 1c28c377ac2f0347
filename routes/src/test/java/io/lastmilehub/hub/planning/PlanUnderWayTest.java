package io.lastmilehub.hub.planning;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleType;
import io.lastmilehub.planning.VehicleProgress;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PlanUnderWayTest {

    private static final GeoPoint DEPOT = point(45.40, -75.70);
    private static final GeoPoint TRACKED = point(45.45, -75.66);
    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");
    private static final List<Vehicle> FLEET = List.of(van("van-1"), van("van-2"), van("van-3"));

    /** van-1: o1 delivered, o2 failed, o3 out for delivery, o4 planned, o5 dispatched; van-2: o6 planned, o7 cancelled. */
    private static final Plan PLAN = Plan.builder().id("plan-1").tenant("t").depotId("d")
            .route(route("van-1", "o1", "o2", "o3", "o4", "o5"))
            .route(route("van-2", "o6", "o7"))
            .buildUnvalidated();
    private static final Map<String, DeliveryStatus> STATUSES = Map.of(
            "o1", DeliveryStatus.DELIVERED, "o2", DeliveryStatus.FAILED_ATTEMPT,
            "o3", DeliveryStatus.OUT_FOR_DELIVERY, "o4", DeliveryStatus.PLANNED, "o5", DeliveryStatus.DISPATCHED,
            "o6", DeliveryStatus.PLANNED, "o7", DeliveryStatus.CANCELLED);

    @Test
    void aReplanKeepsDispatchedStopsInPlanOrderLeavesServedOnesOutAndMayMovePlannedOnes() {
        PlanUnderWay underWay = PlanUnderWay.of(PLAN, STATUSES, FLEET, DEPOT, vehicle -> Optional.empty(), NOW,
                false);

        assertThat(underWay.fixedOrderIds()).containsExactly("o3", "o5");
        assertThat(underWay.movableOrderIds()).containsExactly("o4", "o6");
        assertThat(underWay.openOrderIds()).doesNotContain("o1", "o2", "o7");
        VehicleProgress van1 = underWay.current().of("van-1").orElseThrow();
        assertThat(van1.fixedOrderIds()).containsExactly("o3", "o5");
        // Not tracked: at its last served stop (o2, the failed attempt), free from now.
        assertThat(van1.position()).isEqualTo(locationOf("o2"));
        assertThat(van1.availableFrom()).isEqualTo(NOW);
        assertThat(underWay.current().of("van-2").orElseThrow().fixedOrderIds()).isEmpty();
    }

    @Test
    void aDispatchKeepsPlannedStopsWhereTheyAreToo() {
        PlanUnderWay underWay = PlanUnderWay.of(PLAN, STATUSES, FLEET, DEPOT, vehicle -> Optional.empty(), NOW,
                true);

        assertThat(underWay.current().of("van-1").orElseThrow().fixedOrderIds()).containsExactly("o3", "o4", "o5");
        assertThat(underWay.current().of("van-2").orElseThrow().fixedOrderIds()).containsExactly("o6");
        assertThat(underWay.movableOrderIds()).isEmpty();
    }

    @Test
    void aTrackedPositionWinsAndAVehicleWithoutRouteWaitsAtTheDepotFromNow() {
        PlanUnderWay underWay = PlanUnderWay.of(PLAN, STATUSES, FLEET, DEPOT,
                vehicle -> vehicle.equals("van-1") ? Optional.of(TRACKED) : Optional.empty(), NOW, false);

        assertThat(underWay.current().of("van-1").orElseThrow().position()).isEqualTo(TRACKED);
        // van-2 served nothing yet: still at the depot.
        assertThat(underWay.current().of("van-2").orElseThrow().position()).isEqualTo(DEPOT);
        VehicleProgress idle = underWay.current().of("van-3").orElseThrow();
        assertThat(idle.position()).isEqualTo(DEPOT);
        assertThat(idle.availableFrom()).isEqualTo(NOW);
        assertThat(idle.fixedOrderIds()).isEmpty();
    }

    @Test
    void anOrderTheHubNoLongerKnowsIsOffThePlan() {
        PlanUnderWay underWay = PlanUnderWay.of(PLAN, Map.of("o5", DeliveryStatus.DISPATCHED), FLEET, DEPOT,
                vehicle -> Optional.empty(), NOW, false);

        assertThat(underWay.openOrderIds()).containsExactly("o5");
        assertThat(underWay.current().of("van-1").orElseThrow().position()).isEqualTo(DEPOT);
    }

    private static Route route(String vehicleId, String... orderIds) {
        Route.RouteBuilder route = Route.builder().vehicleId(vehicleId).depotId("d");
        for (int i = 0; i < orderIds.length; i++) {
            route.stop(Stop.builder().sequence(i + 1).orderId(orderIds[i]).location(locationOf(orderIds[i]))
                    .buildUnvalidated());
        }
        return route.buildUnvalidated();
    }

    private static GeoPoint locationOf(String orderId) {
        int n = Integer.parseInt(orderId.substring(1));
        return point(45.40 + n * 0.01, -75.70 + n * 0.01);
    }

    private static GeoPoint point(double latitude, double longitude) {
        return GeoPoint.builder().latitude(latitude).longitude(longitude).build();
    }

    private static Vehicle van(String id) {
        return Vehicle.builder().id(id).type(VehicleType.VAN).depotId("d").buildUnvalidated();
    }
}
