package io.lastmilehub.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

import java.util.List;

/**
 * An area around a depot with its own rush hours, e.g. the city centre within 3 km of a point. Without a centre the
 * zone covers everywhere (the depot's whole area). A place in several zones belongs to the first one listed.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@FiniteNumbers
@XmlType(name = "TrafficZone")
public class TrafficZone {

    /** Name, for people reading the configuration. */
    @NotBlank
    @Size(max = 100)
    String name;

    /** Centre of the zone; none: everywhere. */
    @Valid
    GeoPoint center;

    /** Radius around the centre in kilometres. */
    @PositiveOrZero
    double radiusKm;

    /** When driving here is slower or faster than free flow. */
    @XmlElementWrapper(name = "rushHours")
    @XmlElement(name = "rushHour")
    @Valid
    @Singular
    List<RushHour> rushHours;

    /** Never null: a document that leaves the list out reads as an empty list. */
    public List<RushHour> getRushHours() {
        return rushHours == null ? List.of() : rushHours;
    }

    /** Whether a place lies in the zone. */
    public boolean contains(GeoPoint point) {
        return center == null || point.distanceMetersTo(center) <= radiusKm * 1000;
    }

    /** Builds TrafficZones that satisfy their constraints. */
    public static class TrafficZoneBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public TrafficZone build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
