package io.lastmilehub.planning.dispatch;

import io.lastmilehub.model.Capacity;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.OrderType;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.Shift;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleCosts;
import io.lastmilehub.model.VehicleOwnership;
import io.lastmilehub.model.VehicleType;
import io.lastmilehub.planning.CurrentRoutes;
import io.lastmilehub.planning.PlanningEngine;
import io.lastmilehub.planning.PlanningOptions;
import io.lastmilehub.planning.PlanningRequest;
import io.lastmilehub.planning.VehicleProgress;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AutoDispatcherTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate DATE = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = DATE.atTime(11, 0).atZone(ZONE).toInstant();
    private static final GeoPoint DEPOT = point(52.5360, 13.3440);
    private static final GeoPoint ALEXANDERPLATZ = point(52.5219, 13.4132);
    private static final GeoPoint KOLLWITZPLATZ = point(52.5365, 13.4170);
    private static final GeoPoint SAVIGNYPLATZ = point(52.5060, 13.3220);
    private static final GeoPoint HERMANNPLATZ = point(52.4868, 13.4244);

    private static final DispatchRules OWN_CONTRACTORS_CARRIER = new DispatchRules(List.of(
            DispatchTier.vehicles("own fleet", VehicleOwnership.OWN),
            DispatchTier.vehicles("contractors", VehicleOwnership.CONTRACTOR),
            DispatchTier.carrier("3PL", "dhl")), 0, 0);

    private final PlanningEngine engine = new PlanningEngine();

    private static GeoPoint point(double latitude, double longitude) {
        return GeoPoint.builder().latitude(latitude).longitude(longitude).build();
    }

    private static Vehicle van(String id, VehicleOwnership ownership) {
        return Vehicle.builder().id(id).type(VehicleType.VAN).depotId("BER-1").ownership(ownership)
                .capacity(Capacity.builder().weightKg(500).build())
                .costs(VehicleCosts.builder().fixed(ownership == VehicleOwnership.OWN ? 50 : 5).perKm(0.3)
                        .perHour(25).perStop(ownership == VehicleOwnership.OWN ? 0 : 1).currency("EUR").build())
                .shift(Shift.builder().start(LocalTime.of(8, 0)).end(LocalTime.of(18, 0)).build()).build();
    }

    private static DeliveryOrder order(String id, GeoPoint location, double weightKg) {
        return DeliveryOrder.builder().id(id).tenant("acme").type(OrderType.DELIVERY)
                .source(SourceRef.builder().system("test").messageId("msg-" + id).build())
                .shipTo(Party.builder().name(id).location(location).build()).serviceTimeSeconds(300)
                .parcel(Parcel.builder().id(id + "-1").quantity(1).weightKg(weightKg).build()).build();
    }

    /** Own vans van-a near Kollwitzplatz and van-b near Savignyplatz, each with one stop left; contractor idle. */
    private static PlanningRequest underWay() {
        return PlanningRequest.builder().planId("dispatch").tenant("acme").planningDate(DATE)
                .depot(Depot.builder().id("BER-1").location(DEPOT).zoneId(ZONE.getId()).build())
                .vehicle(van("van-a", VehicleOwnership.OWN)).vehicle(van("van-b", VehicleOwnership.OWN))
                .vehicle(van("contractor-1", VehicleOwnership.CONTRACTOR))
                .order(order("o-a", KOLLWITZPLATZ, 5)).order(order("o-b", SAVIGNYPLATZ, 5))
                .options(PlanningOptions.builder().maxIterations(50).timeBudget(Duration.ofSeconds(10)).build())
                .build();
    }

    private static CurrentRoutes current() {
        return new CurrentRoutes(List.of(
                new VehicleProgress("van-a", KOLLWITZPLATZ, NOW, List.of("o-a")),
                new VehicleProgress("van-b", SAVIGNYPLATZ, NOW, List.of("o-b"))));
    }

    @Test
    void whenAnOwnVanCanTakeIt_theCheapestInsertionIntoTheOwnFleetShouldWinOverACheaperContractor() {
        DispatchDecision decision = new AutoDispatcher(engine, OWN_CONTRACTORS_CARRIER)
                .dispatch(underWay(), current(), order("o-new", ALEXANDERPLATZ, 5), NOW);

        assertThat(decision.tier()).isEqualTo("own fleet");
        assertThat(decision.vehicleId()).as("Alexanderplatz is next to Kollwitzplatz").isEqualTo("van-a");
        assertThat(decision.route().getStops()).extracting(Stop::getOrderId).containsExactlyInAnyOrder("o-a",
                "o-new");
        assertThat(decision.addedCost()).isPositive().isLessThan(decision.route().getCost());
    }

    @Test
    void whenTheOwnVansAreTooFar_theContractorShouldTakeIt() {
        DispatchRules nearOnly = new DispatchRules(OWN_CONTRACTORS_CARRIER.tiers(), 2, 0);

        DispatchDecision decision = new AutoDispatcher(engine, nearOnly)
                .dispatch(underWay(), current(), order("o-new", DEPOT, 5), NOW);

        assertThat(decision.tier()).isEqualTo("contractors");
        assertThat(decision.vehicleId()).isEqualTo("contractor-1");
        assertThat(decision.route().getStart()).isAfterOrEqualTo(NOW);
    }

    @Test
    void whenTheOwnVansHaveNoRoomForMoreWork_theContractorShouldTakeIt() {
        DispatchRules oneStopEach = new DispatchRules(OWN_CONTRACTORS_CARRIER.tiers(), 0, 1);

        DispatchDecision decision = new AutoDispatcher(engine, oneStopEach)
                .dispatch(underWay(), current(), order("o-new", HERMANNPLATZ, 5), NOW);

        assertThat(decision.vehicleId()).isEqualTo("contractor-1");
    }

    @Test
    void whenNoVehicleCanCarryIt_theCarrierShouldGetIt() {
        DispatchDecision decision = new AutoDispatcher(engine, OWN_CONTRACTORS_CARRIER)
                .dispatch(underWay(), current(), order("o-piano", HERMANNPLATZ, 900), NOW);

        assertThat(decision.carrier()).isEqualTo("dhl");
        assertThat(decision.tier()).isEqualTo("3PL");
        assertThat(decision.vehicleId()).isNull();
    }

    @Test
    void whenNoTierTakesIt_theDecisionShouldSayWhyPerTier() {
        DispatchDecision decision = new AutoDispatcher(engine, DispatchRules.OWN_THEN_CONTRACTORS)
                .dispatch(underWay(), current(), order("o-piano", HERMANNPLATZ, 900), NOW);

        assertThat(decision.dispatched()).isFalse();
        assertThat(decision.reason()).contains("own fleet: OVER_CAPACITY").contains("contractors: OVER_CAPACITY");
    }
}
