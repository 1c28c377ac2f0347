package io.lastmilehub.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

import java.time.Instant;

/**
 * A status change of a delivery; published on the status address for every change.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlRootElement(name = "deliveryStatusEvent")
@XmlType(name = "DeliveryStatusEvent")
public class DeliveryStatusEvent {

    /** Version of the canonical schema this document follows; see {@link SchemaVersion}. */
    @XmlAttribute
    @Builder.Default
    String schemaVersion = SchemaVersion.CURRENT;

    /** Unique id of this event. */
    @NotBlank
    @Size(max = 100)
    String eventId;

    /** Tenant. */
    @NotBlank
    @Size(max = 100)
    String tenant;

    /** The order. */
    @NotBlank
    @Size(max = 100)
    String orderId;

    /** The new status. */
    @NotNull
    DeliveryStatus status;

    /** Why, for statuses that need a reason. */
    ReasonCode reasonCode;

    /** Reason text. */
    @Size(max = 500)
    String reason;

    /** When it happened. */
    @NotNull
    Instant occurredAt;

    /** Where it happened, if known. */
    @Valid
    GeoPoint location;

    /** Plan, once planned. */
    @Size(max = 100)
    String planId;

    /** Vehicle, once planned. */
    @Size(max = 100)
    String vehicleId;

    /** The order's external references, so receivers need no look-up. */
    @Valid
    ExternalReferences references;

    /** Where the order came from. */
    @Valid
    SourceRef source;

    /** Builds DeliveryStatusEvents that satisfy their constraints. */
    public static class DeliveryStatusEventBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public DeliveryStatusEvent build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
