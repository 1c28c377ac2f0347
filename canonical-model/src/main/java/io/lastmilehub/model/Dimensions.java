package io.lastmilehub.model;

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
@XmlType(name = "Dimensions")
public class Dimensions {

    /** Length in cm. */
    @PositiveOrZero
    double lengthCm;

    /** Width in cm. */
    @PositiveOrZero
    double widthCm;

    /** Height in cm. */
    @PositiveOrZero
    double heightCm;

    /** Builds Dimensionss that satisfy their constraints. */
    public static class DimensionsBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Dimensions build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
