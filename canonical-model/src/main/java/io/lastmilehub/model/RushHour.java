package io.lastmilehub.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Singular;
import lombok.Value;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * A time of day when driving in a {@link TrafficZone} is slower (or faster) than free flow, in the depot's local
 * time: from 07:00 to 09:30 a trip takes {@code factor} times as long, e.g. 1.6. A window that ends at or before its
 * start runs past midnight.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@FiniteNumbers
@XmlType(name = "RushHour")
public class RushHour {

    /** Local time the slowdown starts. */
    @NotNull
    LocalTime from;

    /** Local time it ends. */
    @NotNull
    LocalTime to;

    /** How many times as long a trip takes meanwhile: 1.5 is 50 % slower, 0.8 faster than free flow. */
    @Positive
    double factor;

    /** The days it applies on; none listed: every day. */
    @XmlElementWrapper(name = "days")
    @XmlElement(name = "day")
    @Singular
    Set<DayOfWeek> days;

    /** Never null: a document that leaves the list out reads as every day. */
    public Set<DayOfWeek> getDays() {
        return days == null ? Set.of() : days;
    }

    /** Whether it applies on a day of the week. */
    public boolean appliesOn(DayOfWeek day) {
        return getDays().isEmpty() || getDays().contains(day);
    }

    /** Builds RushHours that satisfy their constraints. */
    public static class RushHourBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public RushHour build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
