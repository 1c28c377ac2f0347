package io.lastmilehub.connectors.support.geo;

/**
 * A latitude/longitude rectangle, for loading only the time zones of the area a hub serves.
 *
 * @param minLatitude  southern edge, -90 to 90
 * @param minLongitude western edge, -180 to 180
 * @param maxLatitude  northern edge, not below minLatitude
 * @param maxLongitude eastern edge, not below minLongitude (a box across the antimeridian is not supported)
 */
public record BoundingBox(double minLatitude, double minLongitude, double maxLatitude, double maxLongitude) {

    /** @throws IllegalArgumentException naming the edge that is out of range or crosses the opposite one */
    public BoundingBox {
        requireRange("minLatitude", minLatitude, -90, maxLatitude);
        requireRange("maxLatitude", maxLatitude, minLatitude, 90);
        requireRange("minLongitude", minLongitude, -180, maxLongitude);
        requireRange("maxLongitude", maxLongitude, minLongitude, 180);
    }

    private static void requireRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + ": " + value + " is not between " + min + " and " + max);
        }
    }
}
