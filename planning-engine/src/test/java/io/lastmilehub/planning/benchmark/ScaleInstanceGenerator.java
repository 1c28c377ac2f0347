package io.lastmilehub.planning.benchmark;

import io.lastmilehub.model.Capacity;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.OrderType;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.Shift;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.TimeWindow;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleCosts;
import io.lastmilehub.model.VehicleType;
import io.lastmilehub.planning.PlanningOptions;
import io.lastmilehub.planning.PlanningRequest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;

/**
 * Generates a large planning day for scale runs: stops spread uniformly over a disc of {@value #RADIUS_KM} km
 * around a depot in Berlin, each a 1 to 20 kg parcel with two minutes of service, one in four with a three-hour
 * window; vans of 08:00 to 20:00 whose payload is 1.5 times their fair share of the total weight. The same seed
 * gives the same day.
 */
public final class ScaleInstanceGenerator {

    /** Radius of the delivery area. */
    static final double RADIUS_KM = 15;

    private static final String TENANT = "scale";
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate DATE = LocalDate.of(2026, 3, 10);
    private static final GeoPoint DEPOT = GeoPoint.builder().latitude(52.5360).longitude(13.3440).build();
    private static final double KM_PER_DEGREE_LATITUDE = 111.32;
    private static final double MAX_PARCEL_KG = 20;

    private ScaleInstanceGenerator() {
    }

    /**
     * @param stops    number of orders, at least 1
     * @param vehicles number of vans, at least 1
     * @param seed     seed of the random numbers
     * @param options  how to search
     */
    public static PlanningRequest generate(int stops, int vehicles, long seed, PlanningOptions options) {
        return generate(stops, vehicles, seed, options, Fleet.VANS);
    }

    /**
     * @param fleet vans only, or a mixed fleet: every third vehicle a cargo bike and the last a drone (three travel
     *              profiles and a back-to-base vehicle, as a city hub's fleet has)
     */
    public static PlanningRequest generate(int stops, int vehicles, long seed, PlanningOptions options, Fleet fleet) {
        Random random = new Random(seed);
        PlanningRequest.Builder request = PlanningRequest.builder().planId("scale-" + stops).tenant(TENANT)
                .depot(Depot.builder().id("BER-SCALE").name("Scale depot").location(DEPOT).zoneId(ZONE.getId())
                        .build())
                .planningDate(DATE).options(options);
        double payload = Math.ceil(1.5 * stops * (1 + MAX_PARCEL_KG) / 2 / vehicles);
        for (int v = 1; v <= vehicles; v++) {
            request.vehicle(fleet == Fleet.VANS ? van("van-" + v, payload) : mixed(v, vehicles, payload));
        }
        for (int s = 1; s <= stops; s++) {
            request.order(order("o-" + s, random));
        }
        return request.build();
    }

    private static Vehicle mixed(int number, int vehicles, double payloadKg) {
        if (number == vehicles && vehicles > 1) {
            return vehicle("drone-" + number, VehicleType.MULTIROTOR_DRONE, 2.5);
        }
        return number % 3 == 0 ? vehicle("bike-" + number, VehicleType.CARGO_BIKE, Math.min(payloadKg, 150))
                : van("van-" + number, payloadKg);
    }

    private static Vehicle van(String id, double payloadKg) {
        return vehicle(id, VehicleType.VAN, payloadKg);
    }

    private static Vehicle vehicle(String id, VehicleType type, double payloadKg) {
        return Vehicle.builder().id(id).type(type).depotId("BER-SCALE")
                .capacity(Capacity.builder().weightKg(payloadKg).build())
                .costs(VehicleCosts.builder().fixed(50).perKm(0.30).perHour(25).currency("EUR").build())
                .shift(Shift.builder().start(LocalTime.of(8, 0)).end(LocalTime.of(20, 0)).build()).build();
    }

    private static DeliveryOrder order(String id, Random random) {
        double distanceKm = RADIUS_KM * Math.sqrt(random.nextDouble());
        double bearing = 2 * Math.PI * random.nextDouble();
        double latitude = DEPOT.getLatitude() + distanceKm * Math.cos(bearing) / KM_PER_DEGREE_LATITUDE;
        double longitude = DEPOT.getLongitude() + distanceKm * Math.sin(bearing)
                / (KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(DEPOT.getLatitude())));
        double weight = 1 + Math.floor(random.nextDouble() * MAX_PARCEL_KG);
        DeliveryOrder.DeliveryOrderBuilder order = DeliveryOrder.builder().id(id).tenant(TENANT)
                .type(OrderType.DELIVERY)
                .source(SourceRef.builder().system("scale").messageId("msg-" + id).build())
                .shipTo(Party.builder().name("Customer " + id).location(GeoPoint.builder().latitude(latitude)
                        .longitude(longitude).build()).build())
                .serviceTimeSeconds(120)
                .parcel(Parcel.builder().id(id + "-1").quantity(1).weightKg(weight).build());
        if (random.nextInt(4) == 0) {
            int startHour = 8 + random.nextInt(9);
            order.timeWindow(TimeWindow.builder().start(DATE.atTime(startHour, 0).atZone(ZONE).toInstant())
                    .end(DATE.atTime(startHour + 3, 0).atZone(ZONE).toInstant()).zoneId(ZONE.getId()).build());
        }
        return order.build();
    }

    /** The generated fleet. */
    public enum Fleet {
        /** vans only */
        VANS,
        /** vans, every third vehicle a cargo bike, the last a drone */
        MIXED
    }
}
