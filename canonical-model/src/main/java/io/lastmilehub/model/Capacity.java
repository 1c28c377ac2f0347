package io.lastmilehub.model;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

/**
 * What a vehicle can carry at once, in several dimensions. Zero means no limit in that dimension.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@FiniteNumbers
@XmlType(name = "Capacity")
public class Capacity {

    /** Payload in kilograms. */
    @PositiveOrZero
    double weightKg;

    /** Load volume in cubic metres. */
    @PositiveOrZero
    double volumeM3;

    /** Number of parcels. */
    @PositiveOrZero
    int parcels;

    /** Pallet places. */
    @PositiveOrZero
    double pallets;

    /** Builds Capacitys that satisfy their constraints. */
    public static class CapacityBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Capacity build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
