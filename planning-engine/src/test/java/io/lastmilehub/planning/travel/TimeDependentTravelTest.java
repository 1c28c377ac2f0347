package io.lastmilehub.planning.travel;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.RushHour;
import io.lastmilehub.model.TrafficZone;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Rush hours by zone stretch a trip's free-flow time by the moment it is driven at. */
class TimeDependentTravelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);
    private static final GeoPoint CENTRE = point(52.5219, 13.4132);
    private static final GeoPoint NEAR_CENTRE = point(52.5250, 13.4100);
    private static final GeoPoint OUTSKIRTS = point(52.3906, 13.0645);
    private static final double HOUR = 3600;

    private static GeoPoint point(double latitude, double longitude) {
        return GeoPoint.builder().latitude(latitude).longitude(longitude).build();
    }

    private static RushHour rushHour(int from, int to, double factor) {
        return RushHour.builder().from(LocalTime.of(from, 0)).to(LocalTime.of(to, 0)).factor(factor).build();
    }

    private static TimeDependentTravel centre(LocalDate date, RushHour... rushHours) {
        TrafficZone zone = TrafficZone.builder().name("centre").center(CENTRE).radiusKm(2)
                .rushHours(List.of(rushHours)).build();
        return TimeDependentTravel.of(List.of(zone), List.of(CENTRE, NEAR_CENTRE, OUTSKIRTS), date, BERLIN);
    }

    @Test
    void whenATripIsDrivenOutsideTheRushHour_itShouldTakeItsFreeFlowTime() {
        TimeDependentTravel travel = centre(TUESDAY, rushHour(8, 9, 2));

        assertThat(travel.secondsLeavingAt(0, 1, 1200, 10 * HOUR)).isEqualTo(1200);
        assertThat(travel.secondsLeavingAt(0, 1, 1200, 6 * HOUR)).isEqualTo(1200);
    }

    @Test
    void whenATripRunsIntoTheRushHour_itShouldBeSlowOnlyForThePartInsideIt() {
        TimeDependentTravel travel = centre(TUESDAY, rushHour(8, 9, 2));

        // 10 minutes before 08:00 at free flow, the other 10 free-flow minutes take 20
        assertThat(travel.secondsLeavingAt(0, 1, 1200, 8 * HOUR - 600)).isCloseTo(1800, within(1e-6));
        // leaving at 08:50: 10 minutes do 5 free-flow minutes, the other 15 at free flow after 09:00
        assertThat(travel.secondsLeavingAt(0, 1, 1200, 8 * HOUR + 3000)).isCloseTo(1500, within(1e-6));
    }

    @Test
    void whenATripLeavesTheZone_itsFactorShouldBeTheMeanOfItsEnds() {
        TimeDependentTravel travel = centre(TUESDAY, rushHour(8, 9, 3));

        assertThat(travel.secondsLeavingAt(0, 2, 600, 8 * HOUR)).isCloseTo(1200, within(1e-6));
        assertThat(travel.secondsLeavingAt(2, 2, 600, 8 * HOUR)).as("both ends outside").isEqualTo(600);
    }

    @Test
    void whenATripMustArriveAtAMoment_itShouldTakeWhatLeavingAtItsDepartureTakes() {
        TimeDependentTravel travel = centre(TUESDAY, rushHour(8, 9, 2), rushHour(16, 18, 1.5));

        for (double departure = 7 * HOUR; departure < 19 * HOUR; departure += 437) {
            double seconds = travel.secondsLeavingAt(0, 1, 1500, departure);
            assertThat(travel.secondsArrivingAt(0, 1, 1500, departure + seconds))
                    .as("leaving at %s", departure).isCloseTo(seconds, within(1e-6));
        }
    }

    @Test
    void whenATripLeavesLater_itShouldNeverArriveEarlier() {
        TimeDependentTravel travel = centre(TUESDAY, rushHour(8, 9, 3));

        double previousArrival = Double.NEGATIVE_INFINITY;
        for (double departure = 7 * HOUR; departure < 10 * HOUR; departure += 60) {
            double arrival = departure + travel.secondsLeavingAt(0, 1, 1800, departure);
            assertThat(arrival).isGreaterThanOrEqualTo(previousArrival);
            previousArrival = arrival;
        }
    }

    @Test
    void whenARushHourRunsPastMidnight_theDayBeforesShouldSlowTheEarlyHours() {
        TimeDependentTravel travel = centre(TUESDAY, rushHour(22, 2, 2));

        assertThat(travel.secondsLeavingAt(0, 1, 600, HOUR)).isCloseTo(1200, within(1e-6));
        assertThat(travel.secondsLeavingAt(0, 1, 600, 3 * HOUR)).isEqualTo(600);
    }

    @Test
    void whenARushHourIsForWeekdays_itShouldNotSlowASunday() {
        RushHour weekdays = rushHour(8, 9, 2).toBuilder().day(DayOfWeek.MONDAY).day(DayOfWeek.TUESDAY).build();

        assertThat(centre(TUESDAY, weekdays).secondsLeavingAt(0, 1, 600, 8 * HOUR)).isCloseTo(1200, within(1e-6));
        assertThat(centre(LocalDate.of(2026, 3, 15), weekdays).isFreeFlow()).isFalse();
        assertThat(centre(LocalDate.of(2026, 3, 15), weekdays).secondsLeavingAt(0, 1, 600, 8 * HOUR)).isEqualTo(600);
    }

    @Test
    void whenTheClocksGoForward_theRushHourShouldStartAtLocalTime() {
        // 29 March 2026: Berlin skips 02:00-03:00, so 08:00 local is 7 hours after midnight
        TimeDependentTravel travel = centre(LocalDate.of(2026, 3, 29), rushHour(8, 9, 2));

        assertThat(travel.secondsLeavingAt(0, 1, 600, 7 * HOUR)).isCloseTo(1200, within(1e-6));
        assertThat(travel.secondsLeavingAt(0, 1, 600, 8 * HOUR)).isEqualTo(600);
    }

    @Test
    void whenNoZoneHasRushHours_everyTripShouldBeFreeFlow() {
        TrafficZone quiet = TrafficZone.builder().name("quiet").build();

        assertThat(TimeDependentTravel.of(List.of(quiet), List.of(CENTRE), TUESDAY, BERLIN).isFreeFlow()).isTrue();
        assertThat(TimeDependentTravel.FREE_FLOW.secondsLeavingAt(0, 0, 42, 8 * HOUR)).isEqualTo(42);
    }
}
