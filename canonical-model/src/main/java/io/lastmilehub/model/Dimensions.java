package io.lastmilehub.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

/**
 * Outer dimensions of a parcel in centimetres.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@FiniteNumbers
@XmlType(name = "Dimensions")
public class Dimensions {

    /** Length in cm. */
    @PositiveOrZero
    @DecimalMax("10000")
    double lengthCm;

    /** Width in cm. */
    @PositiveOrZero
    @DecimalMax("10000")
    double widthCm;

    /** Height in cm. */
    @PositiveOrZero
    @DecimalMax("10000")
    double heightCm;

    /** Builds Dimensionss that satisfy their constraints. */
    public static class DimensionsBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Dimensions build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
