package io.lastmilehub.model;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

/**
 * What a vehicle costs to run, in the plan's currency.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@FiniteNumbers
@XmlType(name = "VehicleCosts")
public class VehicleCosts {

    /** Fixed cost when the vehicle is used at all. */
    @PositiveOrZero
    double fixed;

    /** Cost per kilometre driven (wear, tolls). */
    @PositiveOrZero
    double perKm;

    /** Cost per hour on the road (driver wage). */
    @PositiveOrZero
    double perHour;

    /** Energy (kWh) or fuel (litres) used per kilometre. */
    @PositiveOrZero
    double energyPerKm;

    /** Price of one unit of energy or fuel. */
    @PositiveOrZero
    double energyPrice;

    /** Cost per stop served (handling, parking, a contractor's drop fee). */
    @PositiveOrZero
    double perStop;

    /** CO2 emitted per kilometre, in grams (well-to-wheel). */
    @PositiveOrZero
    double co2GramsPerKm;

    /** ISO 4217 currency of the amounts. */
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
    String currency;

    /** Builds VehicleCostss that satisfy their constraints. */
    public static class VehicleCostsBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public VehicleCosts build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
