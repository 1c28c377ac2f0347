package io.lastmilehub.planning;

import io.lastmilehub.model.Capacity;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.OrderType;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Shift;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.TimeWindow;
import io.lastmilehub.model.Unassigned;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleCosts;
import io.lastmilehub.model.VehicleType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A small hand-made planning day at a depot in Berlin-Moabit (Westhafen), shared by the engine tests. */
final class BerlinDay {

    static final String TENANT = "acme";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate DATE = LocalDate.of(2026, 3, 10);
    static final GeoPoint WESTHAFEN = point(52.5360, 13.3440);
    static final GeoPoint ALEXANDERPLATZ = point(52.5219, 13.4132);
    static final GeoPoint KOLLWITZPLATZ = point(52.5365, 13.4170);
    static final GeoPoint BERGMANNSTRASSE = point(52.4895, 13.3930);
    static final GeoPoint SAVIGNYPLATZ = point(52.5060, 13.3220);
    static final GeoPoint BOXHAGENER_PLATZ = point(52.5097, 13.4600);
    static final GeoPoint HERMANNPLATZ = point(52.4868, 13.4244);
    static final GeoPoint POTSDAM = point(52.3906, 13.0645);

    /** Payload of the vans of {@link #fiveOrdersTwoVans()}. */
    static final double PAYLOAD_KG = 130;

    /** Fast searches: the instances are tiny. */
    static final PlanningOptions FAST = PlanningOptions.builder().maxIterations(200)
            .timeBudget(Duration.ofSeconds(20)).build();

    private BerlinDay() {
    }

    static GeoPoint point(double latitude, double longitude) {
        return GeoPoint.builder().latitude(latitude).longitude(longitude).build();
    }

    static Depot depot() {
        return Depot.builder().id("BER-1").name("Westhafen").location(WESTHAFEN).zoneId(ZONE.getId()).build();
    }

    static Instant at(int hour, int minute) {
        return DATE.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    static TimeWindow window(int fromHour, int fromMinute, int toHour, int toMinute) {
        return TimeWindow.builder().start(at(fromHour, fromMinute)).end(at(toHour, toMinute)).zoneId(ZONE.getId())
                .build();
    }

    static Shift shift(int fromHour, int toHour) {
        return Shift.builder().start(LocalTime.of(fromHour, 0)).end(LocalTime.of(toHour, 0)).build();
    }

    static VehicleCosts vanCosts() {
        return VehicleCosts.builder().fixed(50).perKm(0.30).perHour(25).energyPerKm(0.2).energyPrice(0.35)
                .co2GramsPerKm(45).currency("EUR").build();
    }

    static Vehicle.VehicleBuilder van(String id, double payloadKg) {
        return Vehicle.builder().id(id).type(VehicleType.VAN).depotId("BER-1")
                .capacity(Capacity.builder().weightKg(payloadKg).volumeM3(10).parcels(200).build())
                .costs(vanCosts()).shift(shift(8, 18));
    }

    static DeliveryOrder.DeliveryOrderBuilder order(String id, GeoPoint location, double weightKg) {
        return DeliveryOrder.builder().id(id).tenant(TENANT).type(OrderType.DELIVERY)
                .source(SourceRef.builder().system("test").messageId("msg-" + id).build())
                .shipTo(Party.builder().name("Customer " + id).location(location).build())
                .serviceTimeSeconds(300)
                .parcel(Parcel.builder().id(id + "-1").quantity(1).weightKg(weightKg).volumeM3(0.05).build());
    }

    /** Five deliveries of 40 kg around the city and two vans of 130 kg: one van cannot take them all. */
    static PlanningRequest.Builder fiveOrdersTwoVans() {
        return PlanningRequest.builder().planId("plan-1").tenant(TENANT).depot(depot()).planningDate(DATE)
                .vehicle(van("van-1", PAYLOAD_KG).build()).vehicle(van("van-2", PAYLOAD_KG).build())
                .order(order("o-alex", ALEXANDERPLATZ, 40).timeWindow(window(9, 0, 12, 0)).build())
                .order(order("o-kollwitz", KOLLWITZPLATZ, 40).timeWindow(window(8, 0, 10, 0)).build())
                .order(order("o-bergmann", BERGMANNSTRASSE, 40).timeWindow(window(13, 0, 16, 0)).build())
                .order(order("o-savigny", SAVIGNYPLATZ, 40).build())
                .order(order("o-boxhagen", BOXHAGENER_PLATZ, 40).timeWindow(window(10, 0, 14, 0)).build())
                .options(FAST);
    }

    /** Every order of the request is on exactly one route or in the unassigned list, never both, never neither. */
    static void assertEveryOrderAccountedFor(PlanningRequest request, Plan plan) {
        List<String> seen = new ArrayList<>();
        plan.getRoutes().forEach(route -> route.getStops().stream().map(Stop::getOrderId).filter(Objects::nonNull)
                .distinct().forEach(seen::add));
        plan.getUnassigned().stream().map(Unassigned::getOrderId).forEach(seen::add);
        Set<String> expected = new HashSet<>();
        request.orders().forEach(order -> expected.add(order.getId()));
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(plan.getCost().getOrdersPlanned() + plan.getCost().getOrdersUnassigned())
                .isEqualTo(request.orders().size());
    }

    static Stop stopOf(Plan plan, String orderId) {
        return plan.getRoutes().stream().flatMap(route -> route.getStops().stream())
                .filter(stop -> orderId.equals(stop.getOrderId())).findFirst()
                .orElseThrow(() -> new AssertionError(orderId + " is not on a route"));
    }

    static Route routeOf(Plan plan, String vehicleId) {
        return plan.getRoutes().stream().filter(route -> route.getVehicleId().equals(vehicleId)).findFirst()
                .orElseThrow(() -> new AssertionError(vehicleId + " has no route"));
    }

    /** A request of the Berlin depot with the given vehicles and orders, fast options. */
    static PlanningRequest.Builder request(List<Vehicle> vehicles, List<DeliveryOrder> orders) {
        return PlanningRequest.builder().planId("p").tenant(TENANT).depot(depot()).planningDate(DATE)
                .vehicles(vehicles).orders(orders).options(FAST);
    }

    static Unassigned unassignedOf(Plan plan, String orderId) {
        return plan.getUnassigned().stream().filter(u -> u.getOrderId().equals(orderId)).findFirst()
                .orElseThrow(() -> new AssertionError(orderId + " is not unassigned"));
    }
}
