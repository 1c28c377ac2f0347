package io.lastmilehub.tracking;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.tracking.DeviceState.FenceVisit;
import io.lastmilehub.tracking.DeviceState.Phase;
import org.assertj.core.data.TemporalUnitOffset;
import org.assertj.core.data.TemporalUnitWithinOffset;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.lastmilehub.tracking.RouteFixtures.DEPOT;
import static io.lastmilehub.tracking.RouteFixtures.STOP1;
import static io.lastmilehub.tracking.RouteFixtures.T0;
import static io.lastmilehub.tracking.RouteFixtures.north;
import static io.lastmilehub.tracking.RouteFixtures.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Depot to stop 1 is 1,112 m straight, 1,446 m with the detour factor 1.3: 173.5 s at the plan's 30 km/h.
 */
class EtaHandlerTest {

    private static final long DEPOT_TO_STOP1_MILLIS = 173_463;

    private final EtaHandler handler = new EtaHandler(TrackingConfig.defaults());
    private final DeviceState state = RouteFixtures.assignedState();

    @Test
    void whenOnTime_itShouldEstimateTheNextStopAndKeepThePlanForTheRest() {
        Instant now = T0.plusSeconds(7 * 60);

        List<StopEta> etas = etas(DEPOT, now);

        assertThat(etas).extracting(StopEta::sequence).containsExactly(1, 2);
        assertThat(etas.get(0).eta()).isCloseTo(now.plusMillis(DEPOT_TO_STOP1_MILLIS), within1s());
        assertThat(etas.get(1).eta()).as("early: later stops stay as planned").isEqualTo(T0.plusSeconds(18 * 60));
    }

    @Test
    void whenLate_itShouldShiftTheLaterStopsByTheDelay() {
        Instant now = T0.plusSeconds(12 * 60);

        List<StopEta> etas = etas(DEPOT, now);

        Instant stop1 = now.plusMillis(DEPOT_TO_STOP1_MILLIS);
        assertThat(etas.get(0).eta()).isCloseTo(stop1, within1s());
        // leaves stop 1 five minutes (the plan's service) after arriving, instead of at 08:15
        Instant shiftedStop2 = T0.plusSeconds(18 * 60).plus(Duration.between(T0.plusSeconds(600), stop1));
        assertThat(etas.get(1).eta()).isCloseTo(shiftedStop2, within1s());
    }

    @Test
    void whenTheVehicleMoves_itShouldMoveTheEta() {
        Instant now = T0.plusSeconds(7 * 60);

        Instant fromDepot = etas(DEPOT, now).get(0).eta();
        Instant halfWay = etas(north(DEPOT, 556), now).get(0).eta();

        assertThat(halfWay).isBefore(fromDepot);
        assertThat(halfWay).isCloseTo(now.plusMillis(DEPOT_TO_STOP1_MILLIS / 2), within1s());
    }

    @Test
    void whenStillAtTheStopAfterItsPlannedDeparture_itShouldPushTheNextStops() {
        state.fence("stop:1", new FenceVisit(Phase.ARRIVED, T0.plusSeconds(10 * 60), true));

        List<StopEta> etas = etas(STOP1, T0.plusSeconds(20 * 60));

        assertThat(etas.get(0).eta()).isEqualTo(T0.plusSeconds(10 * 60));
        assertThat(etas.get(1).eta()).as("left 5 min after the planned 08:15").isEqualTo(T0.plusSeconds(23 * 60));
    }

    @Test
    void whenAStopIsCompleted_itShouldEstimateOnlyTheRemainingOnes() {
        state.complete(1);

        List<StopEta> etas = etas(STOP1, T0.plusSeconds(15 * 60));

        assertThat(etas).extracting(StopEta::sequence, StopEta::orderId)
                .containsExactly(tuple(2, "ord-2"));
    }

    @Test
    void whenRunning40MinutesLateIntoARushHour_itShouldDriveTheRemainingLegsAtItsSpeed() {
        Instant now = T0.plusSeconds(47 * 60); // at the depot at 08:47, 40 minutes behind the plan's 08:07
        LiveTraffic rushFrom0830 = new DoubleSpeedFrom(T0.plusSeconds(30 * 60));
        DeviceState late = new DeviceState(RouteFixtures.TENANT, "van-1");
        late.assign(RouteFixtures.assignment(rushFrom0830));

        List<StopEta> atPlanSpeed = etas(DEPOT, now);
        List<StopEta> inTheRushHour = handler.handle(position(DEPOT, now, null), RouteFixtures.context(now, late))
                .orElseThrow().etas();

        assertThat(atPlanSpeed.get(0).eta()).isCloseTo(now.plusMillis(DEPOT_TO_STOP1_MILLIS), within1s());
        assertThat(inTheRushHour.get(0).eta()).isCloseTo(now.plusMillis(2 * DEPOT_TO_STOP1_MILLIS), within1s());
        // five minutes at stop 1, then the plan's 3-minute leg takes 6
        assertThat(inTheRushHour.get(1).eta()).isCloseTo(inTheRushHour.get(0).eta().plusSeconds(5 * 60 + 360),
                within1s());
        assertThat(atPlanSpeed.get(1).eta()).isCloseTo(atPlanSpeed.get(0).eta().plusSeconds(5 * 60 + 180),
                within1s());
    }

    @Test
    void whenTheRushHourIsOverWhenTheLateVanDrives_itShouldDriveAtFreeFlowAgain() {
        Instant now = T0.plusSeconds(47 * 60);
        DeviceState late = new DeviceState(RouteFixtures.TENANT, "van-1");
        // the plan drove in a rush hour (factor 2 until 08:30); the late van drives after it
        late.assign(RouteFixtures.assignment(new HalfSpeedUntil(T0.plusSeconds(30 * 60))));

        List<StopEta> etas = handler.handle(position(DEPOT, now, null), RouteFixtures.context(now, late))
                .orElseThrow().etas();

        // the plan's 180 s legs were 90 s of free-flow driving each
        assertThat(etas.get(0).eta()).isCloseTo(now.plusMillis(DEPOT_TO_STOP1_MILLIS / 2), within1s());
        assertThat(etas.get(1).eta()).isCloseTo(etas.get(0).eta().plusSeconds(5 * 60 + 90), within1s());
    }

    private List<StopEta> etas(GeoPoint where, Instant now) {
        return handler.handle(position(where, now, null), RouteFixtures.context(now, state)).orElseThrow().etas();
    }

    private static TemporalUnitOffset within1s() {
        return new TemporalUnitWithinOffset(1, ChronoUnit.SECONDS);
    }

    /** Everywhere free flow before a moment, twice as slow from it on. */
    private record DoubleSpeedFrom(Instant rush) implements LiveTraffic {

        @Override
        public Duration driving(GeoPoint from, GeoPoint to, double freeFlowSeconds, Instant departure) {
            double before = Math.max(0, Math.min(freeFlowSeconds, Duration.between(departure, rush).toMillis() / 1e3));
            return Duration.ofMillis(Math.round((before + 2 * (freeFlowSeconds - before)) * 1000));
        }

        @Override
        public double freeFlowSeconds(GeoPoint from, GeoPoint to, Instant departure, Instant arrival) {
            double total = Duration.between(departure, arrival).toMillis() / 1e3;
            double before = Math.max(0, Math.min(total, Duration.between(departure, rush).toMillis() / 1e3));
            return before + (total - before) / 2;
        }
    }

    /** Everywhere twice as slow before a moment, free flow from it on. */
    private record HalfSpeedUntil(Instant end) implements LiveTraffic {

        @Override
        public Duration driving(GeoPoint from, GeoPoint to, double freeFlowSeconds, Instant departure) {
            double slow = Math.max(0, Math.min(2 * freeFlowSeconds, Duration.between(departure, end).toMillis() / 1e3));
            return Duration.ofMillis(Math.round((slow + (freeFlowSeconds - slow / 2)) * 1000));
        }

        @Override
        public double freeFlowSeconds(GeoPoint from, GeoPoint to, Instant departure, Instant arrival) {
            double total = Duration.between(departure, arrival).toMillis() / 1e3;
            double slow = Math.max(0, Math.min(total, Duration.between(departure, end).toMillis() / 1e3));
            return slow / 2 + (total - slow);
        }
    }
}
