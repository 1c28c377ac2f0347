package io.lastmilehub.tracking;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;
import io.lastmilehub.model.TemperatureRange;
import io.lastmilehub.model.TimeWindow;
import io.lastmilehub.model.TrackingPosition;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A small route in Berlin for the handler tests: the depot, stop 1 about 1.1 km north of it (order ord-1,
 * window 08:00-08:30), stop 2 another 1.1 km north (order ord-2, window 08:00-08:40, a cold-chain parcel at
 * 2-8 °C). Legs of 1,500 m in 180 s: the plan drives at 30 km/h.
 */
final class RouteFixtures {

    static final String TENANT = "acme";
    static final Instant T0 = Instant.parse("2025-03-14T08:00:00Z");
    static final GeoPoint DEPOT = point(52.5200, 13.4050);
    static final GeoPoint STOP1 = point(52.5300, 13.4050);
    static final GeoPoint STOP2 = point(52.5400, 13.4050);

    private RouteFixtures() {
    }

    static GeoPoint point(double lat, double lon) {
        return GeoPoint.builder().latitude(lat).longitude(lon).build();
    }

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static RouteAssignment assignment() {
        return assignment(LiveTraffic.FREE_FLOW);
    }

    /** The route, driven in the given traffic. */
    static RouteAssignment assignment(LiveTraffic traffic) {
        Route route = Route.builder().vehicleId("van-1").start(T0.plusSeconds(7 * 60))
                .stop(stop(1, "ord-1", STOP1, T0.plusSeconds(10 * 60), T0.plusSeconds(15 * 60)))
                .stop(stop(2, "ord-2", STOP2, T0.plusSeconds(18 * 60), T0.plusSeconds(23 * 60)))
                .build();
        return new RouteAssignment("plan-1", "BER-1", DEPOT, route,
                Map.of("ord-1", order("ord-1", 30, null), "ord-2", order("ord-2", 40, cold())), traffic);
    }

    /** The same route with its stops listed last first, as a route read from elsewhere may list them. */
    static RouteAssignment assignmentListedBackwards() {
        RouteAssignment inOrder = assignment();
        List<Stop> backwards = new ArrayList<>(inOrder.route().getStops());
        Collections.reverse(backwards);
        return new RouteAssignment("plan-1", "BER-1", DEPOT, inOrder.route().toBuilder().clearStops()
                .stops(backwards).build(), inOrder.orders(), inOrder.traffic());
    }

    static DeviceState assignedState() {
        DeviceState state = new DeviceState(TENANT, "van-1");
        state.assign(assignment());
        return state;
    }

    static PositionContext context(Instant now, DeviceState state) {
        return new PositionContext(clockAt(now), state);
    }

    static TrackedPosition position(GeoPoint where, Instant time, Double speedKmh, Double... temperatures) {
        TrackingPosition fix = TrackingPosition.builder().tenant(TENANT).deviceId("dev-1").vehicleId("van-1")
                .time(time).location(where).speedKmh(speedKmh).build();
        return TrackedPosition.of(fix, true, List.of(temperatures));
    }

    static DeviceReport report(GeoPoint where, Instant time, Double speedKmh, Double... temperatures) {
        TrackingPosition fix = TrackingPosition.builder().deviceId("dev-1").time(time).location(where)
                .speedKmh(speedKmh).build();
        return new DeviceReport("dev-1", time, fix, true, List.of(temperatures), Map.of());
    }

    /** A point {@code metres} north of another (one degree of latitude is about 111.2 km). */
    static GeoPoint north(GeoPoint from, double metres) {
        return point(from.getLatitude() + metres / 111_195.0, from.getLongitude());
    }

    private static Stop stop(int sequence, String orderId, GeoPoint where, Instant eta, Instant departure) {
        return Stop.builder().sequence(sequence).orderId(orderId).type(StopType.DELIVERY).location(where).eta(eta)
                .departure(departure).distanceMeters(1500).durationSeconds(180).build();
    }

    private static DeliveryOrder order(String id, int windowEndMinutes, Parcel extra) {
        DeliveryOrder.DeliveryOrderBuilder builder = DeliveryOrder.builder().id(id).tenant(TENANT)
                .source(SourceRef.builder().system("shop").messageId("m-" + id).build())
                .shipTo(Party.builder().name("Customer").location(STOP1).build())
                .timeWindow(TimeWindow.builder().start(T0).end(T0.plusSeconds(windowEndMinutes * 60L)).build())
                .parcel(Parcel.builder().id(id + "-p1").barcode("BC-" + id).quantity(1).weightKg(2).build());
        if (extra != null) {
            builder.parcel(extra);
        }
        return builder.build();
    }

    private static Parcel cold() {
        return Parcel.builder().id("ord-2-cold").barcode("BC-ord-2-cold").quantity(1).weightKg(5)
                .temperatureRange(TemperatureRange.builder().minCelsius(2).maxCelsius(8).build()).build();
    }
}
