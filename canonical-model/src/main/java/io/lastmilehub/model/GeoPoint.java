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
@FiniteNumbers
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

    /** Mean earth radius in metres (IUGG), the sphere great-circle distances are measured on. */
    public static final double MEAN_EARTH_RADIUS_METERS = 6_371_008.8;

    /**
     * The great-circle (haversine) distance to another point, in metres: good to a few metres over a delivery area,
     * and the one distance every module of the hub uses where no road network is asked.
     */
    public double distanceMetersTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * MEAN_EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Builds GeoPoints that satisfy their constraints. */
    public static class GeoPointBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public GeoPoint build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
