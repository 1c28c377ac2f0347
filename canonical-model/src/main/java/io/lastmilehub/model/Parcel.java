package io.lastmilehub.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

/**
 * One physical piece of a delivery.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@FiniteNumbers
@XmlType(name = "Parcel")
public class Parcel {

    /** The sender's id of the parcel or line. */
    @NotBlank
    @Size(max = 100)
    String id;

    /** Barcode on the label (SSCC, carrier barcode). */
    @Size(max = 100)
    String barcode;

    /** What is in it. */
    @Size(max = 500)
    String description;

    /** How many of these pieces. */
    @Min(1)
    @Max(100_000)
    int quantity;

    /** Gross weight in kilograms, for all pieces of this line (at most 100 t: a whole truck). */
    @PositiveOrZero
    @DecimalMax("100000")
    double weightKg;

    /** Volume in cubic metres, for all pieces of this line. */
    @PositiveOrZero
    @DecimalMax("1000")
    double volumeM3;

    /** Outer dimensions of one piece. */
    @Valid
    Dimensions dimensions;

    /** Pallets this line takes (0 for loose parcels). */
    @PositiveOrZero
    @DecimalMax("1000")
    double pallets;

    /** Temperature range for cold-chain goods. */
    @Valid
    TemperatureRange temperatureRange;

    /** Dangerous goods declaration. */
    @Valid
    DangerousGoods dangerousGoods;

    /** Builds Parcels that satisfy their constraints. */
    public static class ParcelBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Parcel build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
