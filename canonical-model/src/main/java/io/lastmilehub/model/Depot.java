package io.lastmilehub.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

import java.util.List;

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

    /**
     * Rush hours by area, which planning, the savings figure and ETAs drive by; none: free flow all day. A trip's
     * slowdown at a moment is the mean of its start's and its end's zone factor.
     */
    @XmlElementWrapper(name = "traffic")
    @XmlElement(name = "zone")
    @Valid
    @Singular("trafficZone")
    List<TrafficZone> traffic;

    /** Never null: a document that leaves the list out reads as an empty list. */
    public List<TrafficZone> getTraffic() {
        return traffic == null ? List.of() : traffic;
    }

    /** Builds Depots that satisfy their constraints. */
    public static class DepotBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Depot build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
