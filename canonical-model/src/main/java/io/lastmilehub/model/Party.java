package io.lastmilehub.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

/**
 * A place with the people at it: the ship-to of an order or the pickup point.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "Party")
public class Party {

    /** Recipient name as it goes on the label. */
    @Size(max = 200)
    String name;

    /** Company at the address, if any. */
    @Size(max = 200)
    String company;

    /** Postal address. */
    @Valid
    Address address;

    /** Coordinates, when the source sent them or the hub geocoded the address. */
    @Valid
    GeoPoint location;

    /** Contact for notifications and the driver. */
    @Valid
    Contact contact;

    /** Builds Partys that satisfy their constraints. */
    public static class PartyBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Party build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
