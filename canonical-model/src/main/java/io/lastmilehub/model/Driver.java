package io.lastmilehub.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
 * A person who drives or rides a vehicle.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "Driver")
public class Driver {

    /** Driver id, unique within the tenant. */
    @NotBlank
    @Size(max = 100)
    String id;

    /** Name. */
    @Size(max = 200)
    String name;

    /** Phone number. */
    @Size(max = 40)
    String phone;

    /** Skills, e.g. age-check, hazardous-goods. */
    @XmlElementWrapper(name = "skills")
    @XmlElement(name = "skill")
    @Singular
    Set<String> skills;

    /** Vehicle usually assigned. */
    @Size(max = 100)
    String vehicleId;

    /** Working time. */
    @Valid
    Shift shift;

    /** Never null: a document that leaves the list out reads as an empty list. */
    public Set<String> getSkills() {
        return skills == null ? Set.of() : skills;
    }

    /** Builds Drivers that satisfy their constraints. */
    public static class DriverBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Driver build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
