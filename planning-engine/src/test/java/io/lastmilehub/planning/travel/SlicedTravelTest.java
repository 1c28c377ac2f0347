package io.lastmilehub.planning.travel;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.RushHour;
import io.lastmilehub.model.TrafficZone;
import io.lastmilehub.model.VehicleType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** A routing service's matrices per time slice time a trip by the slices it is driven in. */
class SlicedTravelTest {

    private static final double HOUR = 3600;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);
    private static final GeoPoint CENTRE = point(52.5219, 13.4132);
    private static final GeoPoint NEAR_CENTRE = point(52.5250, 13.4100);
    private static final GeoPoint OUTSKIRTS = point(52.3906, 13.0645);
    private static final List<GeoPoint> LOCATIONS = List.of(CENTRE, NEAR_CENTRE, OUTSKIRTS);
    private static final TravelProfile VAN = TravelProfile.of(VehicleType.VAN);

    private static GeoPoint point(double latitude, double longitude) {
        return GeoPoint.builder().latitude(latitude).longitude(longitude).build();
    }

    /** Two locations whose trip takes the given seconds, in both directions. */
    private static TravelMatrix trip(double seconds) {
        return TravelMatrix.compute(2, (from, to) -> new TravelLeg(1000, seconds));
    }

    /** 20 minutes before 08:00, 40 from 08:00 to 09:00, 5 after. */
    private static final SlicedTravel MORNING = new SlicedTravel(new double[] {8 * HOUR, 9 * HOUR},
            List.of(trip(1200), trip(2400), trip(300)));

    @Test
    void whenATripStaysInOneSlice_itShouldTakeThatSlicesTime() {
        assertThat(MORNING.secondsLeavingAt(0, 1, 999, 6 * HOUR)).isEqualTo(1200);
        assertThat(MORNING.secondsLeavingAt(0, 1, 999, 8 * HOUR)).isEqualTo(2400);
        assertThat(MORNING.secondsLeavingAt(0, 1, 999, 10 * HOUR)).isEqualTo(300);
    }

    @Test
    void whenATripRunsIntoTheNextSlice_itShouldDriveWhatIsLeftAtThatSlicesSpeed() {
        // 10 minutes before 08:00 do half the trip; the other half takes half of 40 minutes
        assertThat(MORNING.secondsLeavingAt(0, 1, 999, 8 * HOUR - 600)).isCloseTo(1800, within(1e-6));
        // arriving at 08:20 is that same trip backwards
        assertThat(MORNING.secondsArrivingAt(0, 1, 999, 8 * HOUR + 1200)).isCloseTo(1800, within(1e-6));
    }

    @Test
    void whenALaterSliceIsMuchFaster_leavingLaterShouldStillNeverArriveEarlier() {
        double previous = Double.NEGATIVE_INFINITY;
        for (double departure = 7 * HOUR; departure < 10 * HOUR; departure += 60) {
            double arrival = departure + MORNING.secondsLeavingAt(0, 1, 999, departure);
            assertThat(arrival).isGreaterThanOrEqualTo(previous);
            assertThat(MORNING.secondsArrivingAt(0, 1, 999, arrival)).isCloseTo(arrival - departure, within(1e-6));
            previous = arrival;
        }
    }

    @Test
    void whenTheSlicesAreAFreeFlowMatrixStretchedByTheZones_theyShouldDriveAsTheRushHoursDo() {
        TrafficZone centre = TrafficZone.builder().name("centre").center(CENTRE).radiusKm(2)
                .rushHours(List.of(RushHour.builder().from(LocalTime.of(8, 0)).to(LocalTime.of(9, 0)).factor(2)
                        .build())).build();
        TravelTimeProvider freeFlow = new GreatCircleTravelTimes();
        TimeSlicedTravelTimes osrmLike = new StretchedByZone(freeFlow, centre);
        TimeDependentTravel sliced = SlicedTravel.ask(osrmLike, LOCATIONS, VAN, List.of(centre), TUESDAY, BERLIN);
        TimeDependentTravel rushHours = TimeDependentTravel.of(List.of(centre), LOCATIONS, TUESDAY, BERLIN);
        TravelMatrix matrix = freeFlow.matrix(LOCATIONS, VAN);

        for (double departure = 7 * HOUR; departure < 10 * HOUR; departure += 300) {
            for (int to = 1; to < LOCATIONS.size(); to++) {
                double seconds = matrix.durationSeconds(0, to);
                assertThat(sliced.secondsLeavingAt(0, to, seconds, departure))
                        .isCloseTo(rushHours.secondsLeavingAt(0, to, seconds, departure), within(1e-6));
                assertThat(sliced.secondsArrivingAt(0, to, seconds, departure))
                        .isCloseTo(rushHours.secondsArrivingAt(0, to, seconds, departure), within(1e-6));
            }
        }
    }

    @Test
    void whenSlicesAndBoundariesDoNotFit_itShouldSaySo() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SlicedTravel(new double[] {HOUR},
                List.of(trip(1)))).withMessageContaining("1 boundaries need 2 slices");
        assertThatIllegalArgumentException().isThrownBy(() -> new SlicedTravel(new double[] {2 * HOUR, HOUR},
                List.of(trip(1), trip(1), trip(1)))).withMessageContaining("must ascend");
    }

    /**
     * How a road router without traffic (OSRM) fills the slices: its free-flow matrix stretched by the mean factor of
     * the trip's ends in one zone with one rush hour, at the slice's start.
     */
    private record StretchedByZone(TravelTimeProvider freeFlow, TrafficZone zone) implements TimeSlicedTravelTimes {

        @Override
        public TravelLeg leg(GeoPoint from, GeoPoint to, TravelProfile profile) {
            return freeFlow.leg(from, to, profile);
        }

        @Override
        public TravelMatrix matrix(List<GeoPoint> points, TravelProfile profile, Instant start, Instant end) {
            TravelMatrix free = freeFlow.matrix(points, profile);
            LocalTime local = start.equals(Instant.MIN) ? LocalTime.MIDNIGHT : start.atZone(BERLIN).toLocalTime();
            RushHour rushHour = zone.getRushHours().get(0);
            double factor = !local.isBefore(rushHour.getFrom()) && local.isBefore(rushHour.getTo())
                    ? rushHour.getFactor() : 1;
            return TravelMatrix.compute(points.size(), (from, to) -> new TravelLeg(free.distanceMeters(from, to),
                    free.durationSeconds(from, to) * (factorAt(points.get(from), factor)
                            + factorAt(points.get(to), factor)) / 2));
        }

        private double factorAt(GeoPoint point, double factor) {
            return zone.contains(point) ? factor : 1;
        }
    }
}
