package io.lastmilehub.tracking;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.testing.MutableClock;
import io.lastmilehub.model.testing.Plausibility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.lastmilehub.tracking.RouteFixtures.DEPOT;
import static io.lastmilehub.tracking.RouteFixtures.STOP1;
import static io.lastmilehub.tracking.RouteFixtures.T0;
import static io.lastmilehub.tracking.RouteFixtures.north;
import static io.lastmilehub.tracking.RouteFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard chain end to end: a van leaves the depot, approaches stop 1, stays, and drives on.
 */
class PositionChainTest {

    private final MutableClock clock = new MutableClock(T0);
    private final PositionChain chain = PositionChain.standard(TrackingConfig.defaults(), clock);
    private final DeviceState state = RouteFixtures.assignedState();

    @Test
    void whenDrivingTheRoute_itShouldRaiseTheEventsInOrder() {
        drive(DEPOT, 0);
        drive(DEPOT, 60);
        ChainResult left = drive(north(DEPOT, 300), 120);
        ChainResult approaching = drive(north(DEPOT, 700), 180);
        drive(STOP1, 240);
        ChainResult arrived = drive(STOP1, 300);
        ChainResult departed = drive(north(STOP1, 200), 600);

        assertThat(left.statusEvents()).extracting(DeliveryStatusEvent::getStatus)
                .containsExactly(DeliveryStatus.OUT_FOR_DELIVERY, DeliveryStatus.OUT_FOR_DELIVERY);
        assertThat(approaching.statusEvents()).extracting(DeliveryStatusEvent::getStatus)
                .containsExactly(DeliveryStatus.ARRIVING);
        assertThat(arrived.geofenceEvents()).extracting(GeofenceEvent::type)
                .containsExactly(GeofenceEvent.Type.ARRIVED);
        assertThat(departed.geofenceEvents()).extracting(GeofenceEvent::type)
                .containsExactly(GeofenceEvent.Type.DEPARTED);
        TrackedPosition last = departed.position().orElseThrow();
        assertThat(last.etas()).extracting(StopEta::sequence).containsExactly(2);
        assertThat(last.odometerMeters()).isGreaterThan(1_300);
        assertThat(last.position().getTenant()).isEqualTo("acme");
        assertThat(last.position().getVehicleId()).isEqualTo("van-1");
    }

    @Test
    void whenAFixIsImplausible_itShouldBeDroppedAndNotBecomeTheLastPosition() {
        drive(DEPOT, 0);

        ChainResult jump = drive(north(DEPOT, 50_000), 30);

        assertThat(jump.position()).isEmpty();
        assertThat(jump.dropReason()).startsWith("jump");
        assertThat(state.last().orElseThrow().position().getTime()).isEqualTo(T0);
    }

    @Test
    void whenTheReportHasNoFix_itShouldBeDroppedNamingWhy() throws DecodeException {
        DeviceReport cellOnly = new OsmAndProtocolDecoder()
                .decode(ProtocolTest.line("osmand-query-requests.txt", 1), T0).get(0);

        ChainResult result = chain.process(cellOnly, state);

        assertThat(result.position()).isEmpty();
        assertThat(result.dropReason()).startsWith("no fix");
    }

    @Test
    void whenTheReeferSampleRunsHot_itShouldRaiseAnExcursion() throws DecodeException {
        List<DeviceReport> reports = new FlespiProtocolDecoder()
                .decode(ProtocolTest.text("flespi-2-reefer.json"), T0);
        clock.set(Instant.parse("2014-02-13T06:15:12Z"));

        ChainResult invalidFix = chain.process(reports.get(0), state);
        ChainResult valid = chain.process(reports.get(1), state);

        assertThat(invalidFix.dropReason()).startsWith("invalid fix");
        assertThat(valid.statusEvents()).singleElement().satisfies(event -> {
            assertThat(event.getReasonCode()).isEqualTo(ReasonCode.TEMPERATURE_EXCURSION);
            assertThat(event.getOrderId()).isEqualTo("ord-2");
            assertThat(event.getReason()).startsWith("sensor 1 reads 74.1 °C");
            Plausibility.assertPlausible(event);
        });
    }

    @Test
    void whenProcessedTwice_itShouldGiveTheSameEventIds() {
        drive(DEPOT, 0);
        drive(DEPOT, 60);
        List<String> first = drive(north(DEPOT, 300), 120).statusEvents().stream()
                .map(DeliveryStatusEvent::getEventId).toList();
        DeviceState replay = RouteFixtures.assignedState();
        chain.process(report(DEPOT, T0, 0.0), replay);
        chain.process(report(DEPOT, T0.plusSeconds(60), 0.0), replay);

        List<String> second = chain.process(report(north(DEPOT, 300), T0.plusSeconds(120), 20.0), replay)
                .statusEvents().stream().map(DeliveryStatusEvent::getEventId).toList();

        assertThat(second).hasSize(2).isEqualTo(first);
    }

    @Test
    void whenAFixIsOlderThanTheLast_theResultShouldSaySo() {
        drive(DEPOT, 60);

        ChainResult older = chain.process(report(DEPOT, T0.plusSeconds(30), 0.0), state);

        assertThat(older.position()).isEmpty();
        assertThat(older.outOfOrder()).isTrue();
        assertThat(drive(north(DEPOT, 300), 120).outOfOrder()).isFalse();
    }

    private ChainResult drive(GeoPoint where, long seconds) {
        Instant time = T0.plusSeconds(seconds);
        clock.set(time);
        return chain.process(report(where, time, where.equals(DEPOT) || where.equals(STOP1) ? 0.0 : 20.0), state);
    }
}
