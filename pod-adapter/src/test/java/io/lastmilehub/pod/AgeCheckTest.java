package io.lastmilehub.pod;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AgeCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    @Test
    void whenTheBirthdayIsToday_itShouldCount() {
        assertThat(AgeCheck.isOldEnough(LocalDate.of(2007, 3, 14), 18, TODAY)).isTrue();
    }

    @Test
    void whenTheBirthdayIsTomorrow_itShouldNotCount() {
        assertThat(AgeCheck.isOldEnough(LocalDate.of(2007, 3, 15), 18, TODAY)).isFalse();
    }

    @Test
    void whenBornOnTheLeapDay_itShouldCountFromTheFirstOfMarch() {
        assertThat(AgeCheck.isOldEnough(LocalDate.of(2008, 2, 29), 18, LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(AgeCheck.isOldEnough(LocalDate.of(2008, 2, 29), 18, LocalDate.of(2026, 3, 1))).isTrue();
    }

    @Test
    void whenBornInTheFuture_itShouldNotCount() {
        assertThat(AgeCheck.isOldEnough(TODAY.plusDays(1), 0, TODAY)).isFalse();
    }
}
