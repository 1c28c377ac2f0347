package io.lastmilehub.planning.travel;

import io.lastmilehub.model.GeoPoint;

import java.util.List;
import java.util.Objects;

/**
 * Distances and driving times between points, for a way of moving. The planning engine asks once per plan for a
 * matrix over all distinct locations (depot first) and every distinct {@link TravelProfile} of the fleet.
 *
 * <p>The default is {@link GreatCircleTravelTimes}. An implementation backed by a road router (OSRM, GraphHopper,
 * Valhalla) should override {@link #matrix(List, TravelProfile)} with one table request instead of n² leg requests.
 * Implementations must be thread-safe: one provider serves concurrent plans.
 */
public interface TravelTimeProvider {

    /**
     * The trip from one point to another.
     *
     * @param from    start, never null
     * @param to      destination, never null
     * @param profile how the vehicle moves, never null
     * @return distance in metres and duration in seconds; {@link TravelLeg#ZERO} when from equals to
     */
    TravelLeg leg(GeoPoint from, GeoPoint to, TravelProfile profile);

    /**
     * All trips between the given points; entry (i, j) is the trip from {@code points.get(i)} to
     * {@code points.get(j)}. The default asks {@link #leg} for every pair.
     */
    default TravelMatrix matrix(List<GeoPoint> points, TravelProfile profile) {
        Objects.requireNonNull(points, "points must not be null");
        Objects.requireNonNull(profile, "profile must not be null");
        List<GeoPoint> copy = List.copyOf(points);
        return TravelMatrix.compute(copy.size(), (i, j) -> leg(copy.get(i), copy.get(j), profile));
    }
}
