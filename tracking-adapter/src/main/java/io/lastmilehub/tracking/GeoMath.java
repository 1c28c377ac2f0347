package io.lastmilehub.tracking;

import io.lastmilehub.model.GeoPoint;

/**
 * Great-circle distances on the WGS84 mean sphere; good to a few metres over a delivery area.
 */
public final class GeoMath {

    /** Mean earth radius in metres (IUGG). */
    static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private GeoMath() {
    }

    /** Haversine distance between two points, in metres. */
    public static double distanceMeters(GeoPoint from, GeoPoint to) {
        double lat1 = Math.toRadians(from.getLatitude());
        double lat2 = Math.toRadians(to.getLatitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(to.getLongitude() - from.getLongitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
