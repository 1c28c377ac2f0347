package io.lastmilehub.planning.travel;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.RushHour;
import io.lastmilehub.model.TrafficZone;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The depot's rush hours on the wall clock drive exactly as the planning engine's solver times do. */
class RushHourClockTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);
    private static final GeoPoint CENTRE = point(52.5219, 13.4132);
    private static final GeoPoint NEAR_CENTRE = point(52.5250, 13.4100);
    private static final GeoPoint OUTSKIRTS = point(52.3906, 13.0645);
    private static final TrafficZone ZONE = TrafficZone.builder().name("centre").center(CENTRE).radiusKm(2)
            .rushHours(List.of(RushHour.builder().from(LocalTime.of(8, 0)).to(LocalTime.of(9, 0)).factor(2)
                    .build())).build();
    private static final RushHourClock CLOCK = new RushHourClock(List.of(ZONE), BERLIN);

    private static GeoPoint point(double latitude, double longitude) {
        return GeoPoint.builder().latitude(latitude).longitude(longitude).build();
    }

    private static Instant at(int hour, int minute) {
        return TUESDAY.atTime(hour, minute).atZone(BERLIN).toInstant();
    }

    @Test
    void whenATripRunsIntoTheRushHour_itShouldTakeWhatThePlanningEngineSays() {
        TimeDependentTravel engine = TimeDependentTravel.of(List.of(ZONE), List.of(CENTRE, NEAR_CENTRE, OUTSKIRTS),
                TUESDAY, BERLIN);

        for (int minute = 0; minute < 180; minute += 7) {
            Instant departure = at(7, 0).plusSeconds(60L * minute);
            double solverTime = 7 * 3600 + 60 * minute;
            assertThat(CLOCK.driving(CENTRE, NEAR_CENTRE, 1200, departure).toMillis() / 1000.0)
                    .isCloseTo(engine.secondsLeavingAt(0, 1, 1200, solverTime), within(0.001));
            assertThat(CLOCK.driving(CENTRE, OUTSKIRTS, 1200, departure).toMillis() / 1000.0)
                    .isCloseTo(engine.secondsLeavingAt(0, 2, 1200, solverTime), within(0.001));
        }
        assertThat(CLOCK.driving(CENTRE, NEAR_CENTRE, 1200, at(7, 50))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void whenALegWasDrivenAcrossTheRushHour_itsFreeFlowTimeShouldBeWhatItWasMadeOf() {
        Instant departure = at(7, 50);
        Duration driven = CLOCK.driving(CENTRE, NEAR_CENTRE, 1200, departure);

        assertThat(CLOCK.freeFlowSeconds(CENTRE, NEAR_CENTRE, departure, departure.plus(driven)))
                .isCloseTo(1200, within(0.001));
        // 08:10 to 08:40 inside the rush hour at factor 2: 15 free-flow minutes
        assertThat(CLOCK.freeFlowSeconds(CENTRE, NEAR_CENTRE, at(8, 10), at(8, 40))).isCloseTo(900, within(0.001));
        // outside every zone, free flow
        assertThat(CLOCK.freeFlowSeconds(OUTSKIRTS, OUTSKIRTS, at(8, 10), at(8, 40))).isCloseTo(1800, within(0.001));
    }

    @Test
    void whenATripLeavesLater_itShouldNeverArriveEarlier() {
        Instant previous = Instant.MIN;
        for (int minute = 0; minute < 180; minute++) {
            Instant departure = at(7, 0).plusSeconds(60L * minute);
            Instant arrival = departure.plus(CLOCK.driving(CENTRE, NEAR_CENTRE, 1800, departure));
            assertThat(arrival).isAfterOrEqualTo(previous);
            previous = arrival;
        }
    }

    @Test
    void whenNoZoneHasRushHours_itShouldDriveAtFreeFlow() {
        RushHourClock quiet = new RushHourClock(List.of(), BERLIN);

        assertThat(quiet.driving(CENTRE, NEAR_CENTRE, 1200, at(8, 10))).isEqualTo(Duration.ofSeconds(1200));
        assertThat(quiet.freeFlowSeconds(CENTRE, NEAR_CENTRE, at(8, 10), at(8, 30))).isEqualTo(1200);
    }
}
