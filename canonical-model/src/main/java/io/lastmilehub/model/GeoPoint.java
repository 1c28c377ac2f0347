package io.lastmilehub.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

/**
 * A point on the WGS84 ellipsoid.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "GeoPoint")
public class GeoPoint {

    /** Latitude in decimal degrees, -90 to 90. */
    @DecimalMin("-90.0")
    @DecimalMax("90.0")
    double latitude;

    /** Longitude in decimal degrees, -180 to 180. */
    @DecimalMin("-180.0")
    @DecimalMax("180.0")
    double longitude;

    /** Builds GeoPoints that satisfy their constraints. */
    public static class GeoPointBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public GeoPoint build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
