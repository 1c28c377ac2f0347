package io.lastmilehub.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Singular;
import lombok.Value;

import java.util.List;
import java.util.Set;

/**
 * The canonical delivery order: every inbound format maps to this, every outbound format is made from it.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlRootElement(name = "deliveryOrder")
@XmlType(name = "DeliveryOrder")
public class DeliveryOrder {

    /** Version of the canonical schema this document follows; see {@link SchemaVersion}. */
    @XmlAttribute
    @Builder.Default
    String schemaVersion = SchemaVersion.CURRENT;

    /** Hub-assigned id, stable for the same source message and reference. */
    @Size(max = 100)
    String id;

    /** Tenant that owns the order. */
    @NotBlank
    @Size(max = 100)
    String tenant;

    /** Where it came from. */
    @NotNull
    @Valid
    SourceRef source;

    /** Numbers other systems know it by. */
    @Valid
    ExternalReferences references;

    /** Delivery, pickup or return. */
    @NotNull
    @Builder.Default
    OrderType type = OrderType.DELIVERY;

    /** Urgency. */
    @NotNull
    @Builder.Default
    Priority priority = Priority.NORMAL;

    /** Depot that serves it. */
    @Size(max = 100)
    String depotId;

    /** Where the goods go (or are collected, for pickups). */
    @NotNull
    @Valid
    Party shipTo;

    /**
     * Where the goods are collected before they go to {@link #shipTo}, for a pickup-and-delivery pair (e.g. a return
     * taken from a customer to a merchant's store, or a parcel moved between two addresses); null when the goods
     * come from or go to the depot.
     */
    @Valid
    Party pickupFrom;

    /** When the stop may be served; empty means any time in the vehicle's shift. */
    @Valid
    @XmlElementWrapper(name = "timeWindows")
    @XmlElement(name = "timeWindow")
    @Singular
    List<TimeWindow> timeWindows;

    /** When the goods may be collected at {@link #pickupFrom}; empty means any time in the vehicle's shift. */
    @Valid
    @XmlElementWrapper(name = "pickupTimeWindows")
    @XmlElement(name = "timeWindow")
    @Singular
    List<TimeWindow> pickupTimeWindows;

    /** Time on site, in seconds. */
    @PositiveOrZero
    @Max(86_400)
    int serviceTimeSeconds;

    /** The goods. */
    @Valid
    @XmlElementWrapper(name = "parcels")
    @XmlElement(name = "parcel")
    @Singular
    List<Parcel> parcels;

    /** Skills the vehicle and driver need, e.g. cold-chain, hazardous-goods, age-check, two-person-lift. */
    @XmlElementWrapper(name = "requiredSkills")
    @XmlElement(name = "skill")
    @Singular
    Set<String> requiredSkills;

    /** Cash the driver collects. */
    @Valid
    Money cashOnDelivery;

    /** Proof the driver collects. */
    @Valid
    PodRequirements podRequirements;

    /** Free text for the driver. */
    @Size(max = 2000)
    String instructions;

    /** Current status, kept by the hub. */
    DeliveryStatus status;

    /** Why the order is in its status, for statuses that need a reason (e.g. ADDRESS_NOT_FOUND). */
    ReasonCode statusReasonCode;

    /** The reason in words, for people. */
    @Size(max = 500)
    String statusReason;

    /** Never null: a document that leaves the list out reads as an empty list. */
    public List<TimeWindow> getTimeWindows() {
        return timeWindows == null ? List.of() : timeWindows;
    }

    /** Never null: a document that leaves the list out reads as an empty list. */
    public List<TimeWindow> getPickupTimeWindows() {
        return pickupTimeWindows == null ? List.of() : pickupTimeWindows;
    }

    /** Never null: a document that leaves the list out reads as an empty list. */
    public List<Parcel> getParcels() {
        return parcels == null ? List.of() : parcels;
    }

    /** Never null: a document that leaves the list out reads as an empty list. */
    public Set<String> getRequiredSkills() {
        return requiredSkills == null ? Set.of() : requiredSkills;
    }

    /** Total gross weight of all parcels in kilograms. */
    public double totalWeightKg() {
        return getParcels().stream().mapToDouble(Parcel::getWeightKg).sum();
    }

    /** Total volume of all parcels in cubic metres. */
    public double totalVolumeM3() {
        return getParcels().stream().mapToDouble(Parcel::getVolumeM3).sum();
    }

    /** Builds DeliveryOrders that satisfy their constraints. */
    public static class DeliveryOrderBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public DeliveryOrder build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
