package io.lastmilehub.planning.travel;

import io.lastmilehub.model.GeoPoint;

import java.time.Instant;
import java.util.List;

/**
 * A routing service that knows the traffic of each slice of the day. The planning engine asks it for one matrix per
 * time slice of the planning day, the slices being cut at the rush-hour boundaries of the depot's traffic zones (the
 * fleet file), and times each trip by the slice it is driven in ({@link SlicedTravel}); its durations are used as
 * they are, not stretched by the zones' factors. The plain {@link #matrix(List, TravelProfile)} gives the distances.
 * A depot without rush hours is one slice: the whole day.
 */
public interface TimeSlicedTravelTimes extends TravelTimeProvider {

    /**
     * The trips between the points for a departure within a slice.
     *
     * @param points  the locations, by index
     * @param profile how the vehicle moves
     * @param start   the slice's start, inclusive; {@link Instant#MIN} for the first slice
     * @param end     the slice's end, exclusive; {@link Instant#MAX} for the last slice
     */
    TravelMatrix matrix(List<GeoPoint> points, TravelProfile profile, Instant start, Instant end);
}
