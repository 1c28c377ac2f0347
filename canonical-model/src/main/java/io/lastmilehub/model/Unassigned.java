package io.lastmilehub.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

/**
 * An order a plan could not serve, with the reason.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "Unassigned")
public class Unassigned {

    /** The order. */
    @NotBlank
    @Size(max = 100)
    String orderId;

    /** Machine-readable reason. */
    @NotNull
    UnassignedReason reasonCode;

    /** What a dispatcher reads. */
    @Size(max = 500)
    String reason;

    /** Builds Unassigneds that satisfy their constraints. */
    public static class UnassignedBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Unassigned build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
