package io.lastmilehub.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

/**
 * What the driver must collect as proof of delivery.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "PodRequirements")
public class PodRequirements {

    /** A signature is required. */
    boolean signature;

    /** A photo of the delivered goods is required. */
    boolean photo;

    /** The recipient must give the PIN/OTP sent to them. */
    boolean pin;

    /** Every parcel must be scanned at the door. */
    boolean scan;

    /** Minimum age of the recipient (0 for none). */
    @Min(0)
    @Max(99)
    int minimumAge;

    /** Builds PodRequirementss that satisfy their constraints. */
    public static class PodRequirementsBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public PodRequirements build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
