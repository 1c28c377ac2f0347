package io.lastmilehub.model;

import jakarta.validation.Valid;
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
 * A place vehicles start from and return to.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "Depot")
public class Depot {

    /** Depot id, unique within the tenant. */
    @NotBlank
    @Size(max = 100)
    String id;

    /** Display name. */
    @Size(max = 200)
    String name;

    /** Postal address. */
    @Valid
    Address address;

    /** Coordinates; required for planning. */
    @NotNull
    @Valid
    GeoPoint location;

    /** IANA time zone of the depot, e.g. Europe/Berlin. */
    @NotBlank
    String zoneId;

    /** Builds Depots that satisfy their constraints. */
    public static class DepotBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Depot build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
