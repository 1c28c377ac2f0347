package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.config.HubProperties.PlanDay;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduledCutOffTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ScheduledCutOff SIX_ON_WEEKDAYS = new ScheduledCutOff("demo", "ottawa", "0 0 6 * * MON-FRI",
            BERLIN, PlanDay.TODAY);

    @Test
    void whenFiredALittleLate_itShouldStandForItsScheduledTime() {
        ZonedDateTime scheduled = SIX_ON_WEEKDAYS.scheduledTime(Instant.parse("2026-11-20T05:03:17Z"));

        assertThat(scheduled).isEqualTo(ZonedDateTime.of(2026, 11, 20, 6, 0, 0, 0, BERLIN));
        assertThat(SIX_ON_WEEKDAYS.dedupeKey(scheduled)).isEqualTo(SIX_ON_WEEKDAYS.dedupeKey(
                SIX_ON_WEEKDAYS.scheduledTime(Instant.parse("2026-11-20T05:00:00.002Z"))));
    }

    @Test
    void whenFiredOutsideTheSchedule_itShouldStandForItsOwnSecond() {
        ZonedDateTime scheduled = SIX_ON_WEEKDAYS.scheduledTime(Instant.parse("2026-11-21T13:45:10.500Z"));

        assertThat(scheduled).isEqualTo(ZonedDateTime.of(2026, 11, 21, 14, 45, 10, 0, BERLIN));
    }

    @Test
    void whenTheCutOffsDayDiffersFromUtc_itShouldPlanTheDayInTheCutOffsZone() {
        ScheduledCutOff lateEvening = new ScheduledCutOff("demo", "ottawa", "0 30 0 * * *", BERLIN, PlanDay.TODAY);

        ZonedDateTime scheduled = lateEvening.scheduledTime(Instant.parse("2026-11-19T23:30:00Z"));

        assertThat(lateEvening.dayPlanned(scheduled)).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void whenThePlanDateIsTomorrow_itShouldPlanTheNextDay() {
        ScheduledCutOff evening = new ScheduledCutOff("demo", "ottawa", "0 0 18 * * *", BERLIN, PlanDay.TOMORROW);

        ZonedDateTime scheduled = evening.scheduledTime(Instant.parse("2026-12-31T17:00:00Z"));

        assertThat(evening.dayPlanned(scheduled)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void whenTheCronExpressionIsUnreadable_itShouldSayWhy() {
        assertThatThrownBy(() -> new ScheduledCutOff("demo", "ottawa", "at six", BERLIN, PlanDay.TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at six");
    }
}
