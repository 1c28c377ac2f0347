package io.lastmilehub.model;

import jakarta.validation.constraints.NotNull;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

import java.time.LocalTime;

/**
 * Working time of a vehicle or driver on a day, in the depot's local time.
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

    /** Builds Shifts that satisfy their constraints. */
    public static class ShiftBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Shift build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
