package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Shift;
import io.lastmilehub.model.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.at;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.window;
import static org.assertj.core.api.Assertions.assertThat;

class PlanningDayTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final PlanningDay day = new PlanningDay(BerlinDay.DATE, BERLIN);

    @Test
    void whenConvertingTimes_itShouldCountSecondsFromLocalMidnight() {
        assertThat(day.start()).isEqualTo(Instant.parse("2026-03-09T23:00:00Z"));
        assertThat(day.secondsOf(at(8, 30))).isEqualTo(8.5 * 3600);
        assertThat(day.instantAt(8.5 * 3600)).isEqualTo(at(8, 30));
        assertThat(day.instantAt(0.4)).isEqualTo(day.start().plusMillis(400));
        assertThat(day.lengthSeconds()).isEqualTo(24 * 3600);
    }

    @Test
    void whenTheClocksGoForward_theDayShouldHave23HoursAndShiftsRealInstants() {
        PlanningDay springForward = new PlanningDay(LocalDate.of(2026, 3, 29), BERLIN);
        assertThat(springForward.lengthSeconds()).isEqualTo(23 * 3600);
        Interval shift = springForward.shiftOf(shift(8, 0, 16, 0));
        assertThat(shift.start()).isEqualTo(7 * 3600);
        assertThat(shift.end() - shift.start()).isEqualTo(8 * 3600);
    }

    @Test
    void whenAShiftEndsBeforeItStarts_itShouldEndTheNextDay() {
        Interval night = day.shiftOf(shift(22, 0, 6, 0));
        assertThat(night.start()).isEqualTo(22 * 3600);
        assertThat(night.end()).isEqualTo(30 * 3600);
    }

    @Test
    void whenAVehicleHasNoShift_itShouldHaveTheWholeDay() {
        assertThat(day.shiftOf(null)).isEqualTo(new Interval(0, 24 * 3600));
    }

    @Test
    void whenAnOrderHasNoWindow_itShouldBeServableAnyTime() {
        assertThat(day.windowsOf(order("o", ALEXANDERPLATZ, 1).build())).containsExactly(Interval.ANY_TIME);
    }

    @Test
    void whenWindowsOverlapOrStartBeforeTheDay_theyShouldBeMergedSortedAndClipped() {
        TimeWindow fromYesterday = TimeWindow.builder().start(at(20, 0).minus(Duration.ofDays(1))).end(at(7, 0))
                .build();
        TimeWindow yesterday = TimeWindow.builder().start(at(9, 0).minus(Duration.ofDays(1)))
                .end(at(10, 0).minus(Duration.ofDays(1))).build();
        DeliveryOrder order = order("o", ALEXANDERPLATZ, 1).timeWindow(window(14, 0, 15, 0))
                .timeWindow(window(10, 0, 12, 0)).timeWindow(window(11, 0, 13, 0)).timeWindow(window(13, 0, 13, 30))
                .timeWindow(fromYesterday).timeWindow(yesterday).build();
        assertThat(day.windowsOf(order)).containsExactly(new Interval(0, 7 * 3600),
                new Interval(10 * 3600, 13.5 * 3600), new Interval(14 * 3600, 15 * 3600));
    }

    @Test
    void whenEveryWindowEndedBeforeTheDay_noWindowShouldBeLeft() {
        TimeWindow yesterday = TimeWindow.builder().start(at(9, 0).minus(Duration.ofDays(1)))
                .end(at(10, 0).minus(Duration.ofDays(1))).build();
        assertThat(day.windowsOf(order("o", ALEXANDERPLATZ, 1).timeWindow(yesterday).build())).isEmpty();
    }

    private static Shift shift(int fromHour, int fromMinute, int toHour, int toMinute) {
        return Shift.builder().start(LocalTime.of(fromHour, fromMinute)).end(LocalTime.of(toHour, toMinute)).build();
    }
}
