package io.lastmilehub.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

import java.time.Instant;

/**
 * Where an order came from: the idempotency key of everything the hub receives is (tenant, system, messageId).
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "SourceRef")
public class SourceRef {

    /** The sending system or format, e.g. shopify, sap-erp-prod, partner id. */
    @NotBlank
    @Size(max = 100)
    String system;

    /** The sender's id of the message or document. */
    @NotBlank
    @Size(max = 200)
    String messageId;

    /** When the hub received it. */
    Instant receivedAt;

    /** Builds SourceRefs that satisfy their constraints. */
    public static class SourceRefBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public SourceRef build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
