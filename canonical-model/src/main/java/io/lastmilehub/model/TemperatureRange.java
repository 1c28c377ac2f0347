package io.lastmilehub.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

/**
 * The temperature a parcel must be kept at, in degrees Celsius.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@FiniteNumbers
@XmlType(name = "TemperatureRange")
public class TemperatureRange {

    /** Lowest allowed temperature. */
    @DecimalMin("-100")
    @DecimalMax("100")
    double minCelsius;

    /** Highest allowed temperature. */
    @DecimalMin("-100")
    @DecimalMax("100")
    double maxCelsius;

    @AssertTrue(message = "maxCelsius must not be below minCelsius")
    @JsonIgnore
    private boolean isOrdered() {
        return maxCelsius >= minCelsius;
    }

    /** Builds TemperatureRanges that satisfy their constraints. */
    public static class TemperatureRangeBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public TemperatureRange build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
