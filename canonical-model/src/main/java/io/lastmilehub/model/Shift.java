package io.lastmilehub.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

import java.time.LocalTime;

/**
 * Working time of a vehicle or driver on a day, in the depot's local time, with its limits: longest route and a
 * break.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "Shift")
public class Shift {

    /** Start of the shift. */
    @NotNull
    LocalTime start;

    /** End of the shift. */
    @NotNull
    LocalTime end;

    /** Longest route (departure to return) in minutes, e.g. a driver's working time; 0 for no limit. */
    @PositiveOrZero
    int maxRouteMinutes;

    /**
     * A break of {@link #breakMinutes} must start at the latest this many minutes after the shift starts, e.g. 270
     * (4.5 h, EU 561/2006); 0 for no break.
     */
    @PositiveOrZero
    int breakAfterMinutes;

    /** Length of the break in minutes, e.g. 45. */
    @PositiveOrZero
    int breakMinutes;

    /** Builds Shifts that satisfy their constraints. */
    public static class ShiftBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Shift build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
