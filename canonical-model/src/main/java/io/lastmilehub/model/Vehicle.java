package io.lastmilehub.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Singular;
import lombok.Value;

import java.util.Set;

/**
 * A vehicle of the fleet, with what it can carry, where it may go and what it costs.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@FiniteNumbers
@XmlType(name = "Vehicle")
public class Vehicle {

    /** Vehicle id, unique within the tenant. */
    @NotBlank
    @Size(max = 100)
    String id;

    /** Delivery mode. */
    @NotNull
    VehicleType type;

    /** Depot it starts from and returns to. */
    @NotBlank
    @Size(max = 100)
    String depotId;

    /** What it carries at once. */
    @NotNull
    @Valid
    Capacity capacity;

    /** Skills it brings, e.g. cold-chain, hazardous-goods. */
    @XmlElementWrapper(name = "skills")
    @XmlElement(name = "skill")
    @Singular
    Set<String> skills;

    /** Maximum distance per trip in kilometres (0 for no limit). */
    @PositiveOrZero
    double rangeKm;

    /** Average speed in km/h used for travel times (0 for the mode's default). */
    @PositiveOrZero
    double speedKmh;

    /** Running costs, energy and CO2. */
    @Valid
    VehicleCosts costs;

    /** When it is available. */
    @Valid
    Shift shift;

    /** Whose it is: the tenant's own fleet or a contractor's; auto-dispatch tries its own fleet first. */
    @NotNull
    @Builder.Default
    VehicleOwnership ownership = VehicleOwnership.OWN;

    /**
     * Whether it emits nothing at the tailpipe (an electric van, a cargo bike); left out: as its type, see
     * {@link VehicleType#isZeroEmission()}.
     */
    Boolean zeroEmission;

    /** Whether it emits nothing at the tailpipe: as set, else as its type (derived, so not written as JSON). */
    @JsonIgnore
    public boolean isZeroEmissionMode() {
        return zeroEmission != null ? zeroEmission : type != null && type.isZeroEmission();
    }

    /** Never null: a document that leaves the list out reads as an empty list. */
    public Set<String> getSkills() {
        return skills == null ? Set.of() : skills;
    }

    /** Builds Vehicles that satisfy their constraints. */
    public static class VehicleBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Vehicle build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
