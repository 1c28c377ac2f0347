package io.lastmilehub.hub.tracking;

import io.lastmilehub.model.Depot;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.RushHour;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;
import io.lastmilehub.model.TrackingPosition;
import io.lastmilehub.model.TrafficZone;
import io.lastmilehub.tracking.DeviceReport;
import io.lastmilehub.tracking.DeviceState;
import io.lastmilehub.tracking.EtaHandler;
import io.lastmilehub.tracking.LiveTraffic;
import io.lastmilehub.tracking.PositionChain;
import io.lastmilehub.tracking.RouteAssignment;
import io.lastmilehub.tracking.StopEta;
import io.lastmilehub.tracking.TrackingConfig;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Live ETAs of a route in downtown Ottawa, planned before the evening rush hour (16:00, factor 1.5 on weekdays, as in
 * config/fleet/demo.yaml) and driven 40 minutes late, into it: the depot's rush hours as the planning engine drives
 * them make every remaining stop later than the plan's speed would.
 */
class RushHourTrafficTest {

    private static final ZoneId OTTAWA = ZoneId.of("America/Toronto");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
    private static final GeoPoint CENTRE = point(45.4215, -75.6972);
    private static final Depot DEPOT = Depot.builder().id("ottawa").name("Ottawa Central").zoneId(OTTAWA.getId())
            .location(CENTRE).trafficZone(TrafficZone.builder().name("downtown").center(CENTRE).radiusKm(3)
                    .rushHours(List.of(RushHour.builder().from(LocalTime.of(16, 0)).to(LocalTime.of(18, 0))
                            .factor(1.5).days(Set.of(DayOfWeek.TUESDAY)).build())).build())
            .build();
    /** Planned: leave 15:18, stop 1 at 15:28 until 15:33, stop 2 at 15:43; 10-minute legs of 5 km at free flow. */
    private static final Route ROUTE = Route.builder().vehicleId("van-1").start(at(15, 18))
            .stop(stop(1, point(45.4300, -75.6900), at(15, 28), at(15, 33)))
            .stop(stop(2, point(45.4100, -75.7000), at(15, 43), at(15, 48)))
            .build();

    @Test
    void whenAVanRuns40MinutesLateIntoTheRushHour_itsEtasShouldBeLaterThanAtThePlansSpeed() {
        Instant now = at(15, 58); // still at the depot, 40 minutes after the planned 15:18

        List<StopEta> planSpeed = etas(LiveTraffic.FREE_FLOW, now);
        List<StopEta> rushHour = etas(RushHourTraffic.of(DEPOT), now);

        assertThat(rushHour.get(0).eta()).isAfter(planSpeed.get(0).eta());
        assertThat(rushHour.get(1).eta()).isAfter(planSpeed.get(1).eta());
        // after the 5 minutes at stop 1, the plan's 10-minute leg is driven in the rush hour: 15 minutes
        assertThat(Duration.between(rushHour.get(0).eta(), rushHour.get(1).eta()).toSeconds())
                .isCloseTo(5 * 60 + 15 * 60, within(1L));
        assertThat(Duration.between(planSpeed.get(0).eta(), planSpeed.get(1).eta()).toSeconds())
                .isCloseTo(5 * 60 + 10 * 60, within(1L));
    }

    @Test
    void whenTheDepotHasNoRushHours_itShouldDriveAtFreeFlow() {
        Depot quiet = DEPOT.toBuilder().clearTraffic().build();

        assertThat(RushHourTraffic.of(quiet)).isSameAs(LiveTraffic.FREE_FLOW);
        assertThat(RushHourTraffic.of(null)).isSameAs(LiveTraffic.FREE_FLOW);
    }

    private static List<StopEta> etas(LiveTraffic traffic, Instant now) {
        DeviceState state = new DeviceState("demo", "van-1");
        state.assign(new RouteAssignment("plan-1", "ottawa", CENTRE, ROUTE, Map.of(), traffic));
        TrackingPosition fix = TrackingPosition.builder().tenant("demo").deviceId("dev-1").vehicleId("van-1")
                .time(now).location(CENTRE).build();
        PositionChain chain = new PositionChain(List.of(new EtaHandler(TrackingConfig.defaults())),
                Clock.fixed(now, OTTAWA));
        return chain.process(new DeviceReport("dev-1", now, fix, true, List.of(), Map.of()), state).position()
                .orElseThrow().etas();
    }

    private static Stop stop(int sequence, GeoPoint where, Instant eta, Instant departure) {
        return Stop.builder().sequence(sequence).orderId("ord-" + sequence).type(StopType.DELIVERY).location(where)
                .eta(eta).departure(departure).distanceMeters(5000).durationSeconds(600).build();
    }

    private static Instant at(int hour, int minute) {
        return TUESDAY.atTime(hour, minute).atZone(OTTAWA).toInstant();
    }

    private static GeoPoint point(double latitude, double longitude) {
        return GeoPoint.builder().latitude(latitude).longitude(longitude).build();
    }
}
