package io.lastmilehub.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

import java.time.Instant;

/**
 * One visit on a route.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@FiniteNumbers
@XmlType(name = "Stop")
public class Stop {

    /** Position on the route, from 1. */
    @Min(1)
    int sequence;

    /** The order served here. */
    @Size(max = 100)
    String orderId;

    /** What happens here. */
    @NotNull
    StopType type;

    /** Where. */
    @Valid
    GeoPoint location;

    /** Planned arrival. */
    Instant eta;

    /** Planned departure, after waiting and service. */
    Instant departure;

    /** Driving distance from the previous stop, in metres. */
    @PositiveOrZero
    double distanceMeters;

    /** Driving time from the previous stop, in seconds. */
    @PositiveOrZero
    long durationSeconds;

    /** Cost of the leg to this stop plus its service. */
    @PositiveOrZero
    double cost;

    /** CO2 of the leg to this stop, in grams. */
    @PositiveOrZero
    double co2Grams;

    /** Builds Stops that satisfy their constraints. */
    public static class StopBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Stop build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
