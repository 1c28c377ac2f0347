package io.lastmilehub.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Singular;
import lombok.Value;

import java.time.Instant;
import java.util.List;

/**
 * The work of one vehicle in a plan: leaves the depot, serves its stops in order, returns.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@FiniteNumbers
@XmlType(name = "Route")
public class Route {

    /** Vehicle that drives it. */
    @NotBlank
    @Size(max = 100)
    String vehicleId;

    /** Mode of the vehicle. */
    VehicleType vehicleType;

    /** Depot it leaves from and returns to. */
    @Size(max = 100)
    String depotId;

    /** Driver, when assigned. */
    @Size(max = 100)
    String driverId;

    /** Departure from the depot. */
    Instant start;

    /** Return to the depot. */
    Instant end;

    /** Stops in driving order. */
    @Valid
    @XmlElementWrapper(name = "stops")
    @XmlElement(name = "stop")
    @Singular
    List<Stop> stops;

    /** Total driving distance including the return, in metres. */
    @PositiveOrZero
    double distanceMeters;

    /** Time from departure to return, in seconds. */
    @PositiveOrZero
    long durationSeconds;

    /** Total cost of the route. */
    @PositiveOrZero
    double cost;

    /** Total CO2 of the route, in grams. */
    @PositiveOrZero
    double co2Grams;

    /** Never null: a document that leaves the list out reads as an empty list. */
    public List<Stop> getStops() {
        return stops == null ? List.of() : stops;
    }

    /** Builds Routes that satisfy their constraints. */
    public static class RouteBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Route build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
