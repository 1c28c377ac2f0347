package io.lastmilehub.hub.fleet;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The days a driver works; the hours are the driver's {@code shift}. A driver with no availability stored works
 * every day.
 *
 * @param workingDays the weekdays worked, e.g. MONDAY; left out or empty: every day of the week
 * @param daysOff     dates not worked although a working day (leave, public holidays)
 */
public record DriverAvailability(Set<DayOfWeek> workingDays, SortedSet<LocalDate> daysOff) {

    public static final DriverAvailability EVERY_DAY = new DriverAvailability(null, null);

    public DriverAvailability {
        workingDays = workingDays == null || workingDays.isEmpty() ? EnumSet.allOf(DayOfWeek.class)
                : EnumSet.copyOf(workingDays);
        daysOff = daysOff == null ? new TreeSet<>() : new TreeSet<>(daysOff);
    }

    /** Whether the driver works on the day (in the depot's calendar). */
    public boolean worksOn(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !daysOff.contains(day);
    }
}
