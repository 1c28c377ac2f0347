package io.lastmilehub.pod;

import java.time.LocalDate;
import java.time.Period;

/**
 * The age check at the door. Only the result is kept with the proof, never the date of birth.
 */
public final class AgeCheck {

    private AgeCheck() {
    }

    /** Whether someone born on {@code dateOfBirth} has reached {@code minimumAge} on {@code today}. */
    public static boolean isOldEnough(LocalDate dateOfBirth, int minimumAge, LocalDate today) {
        if (dateOfBirth.isAfter(today)) {
            return false;
        }
        return Period.between(dateOfBirth, today).getYears() >= minimumAge;
    }
}
