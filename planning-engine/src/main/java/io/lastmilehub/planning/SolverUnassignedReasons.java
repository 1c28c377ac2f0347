package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.job.Break;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.util.UnassignedJobReasonTracker;
import io.lastmilehub.model.Unassigned;
import io.lastmilehub.model.UnassignedReason;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the constraint jsprit saw fail most often for a job it left out into a model reason. jsprit's codes: 1
 * skills, 2 time window, 3 capacity, 4 maximum distance; the engine's own rules register theirs
 * ({@link #newTracker()}): {@value #ROUTE_TOO_LONG} maximum route duration, {@value #OVER_PAYLOAD} per-trip payload,
 * {@value #TRIP_OUT_OF_RANGE} per-trip range. Anything else, or a job it never tried, is
 * {@link UnassignedReason#NOT_SOLVED}.
 */
final class SolverUnassignedReasons {

    static final int ROUTE_TOO_LONG = 21;
    static final int OVER_PAYLOAD = 22;
    static final int TRIP_OUT_OF_RANGE = 23;

    private SolverUnassignedReasons() {
    }

    /** A tracker that knows the engine's own constraints. */
    static UnassignedJobReasonTracker newTracker() {
        UnassignedJobReasonTracker tracker = new UnassignedJobReasonTracker();
        tracker.put(MaxRouteDuration.class.getSimpleName(), ROUTE_TOO_LONG,
                "the route would be longer than the vehicle's maximum route duration");
        tracker.put(PerTripPayload.class.getSimpleName(), OVER_PAYLOAD, "over the payload per trip");
        tracker.put(PerTripRange.class.getSimpleName(), TRIP_OUT_OF_RANGE, "beyond the range per trip");
        return tracker;
    }

    static Map<String, Unassigned> of(Collection<Job> unassignedJobs, UnassignedJobReasonTracker tracker) {
        Map<String, Unassigned> result = new LinkedHashMap<>();
        for (Job job : unassignedJobs) {
            if (job instanceof Break) {
                continue;
            }
            int code = tracker.getMostLikelyReasonCode(job.getId());
            String reason = "left out by the solver: " + tracker.getMostLikelyReason(job.getId());
            result.put(job.getId(), Unassigned.builder().orderId(job.getId()).reasonCode(toModel(code))
                    .reason(reason.length() > 500 ? reason.substring(0, 500) : reason).build());
        }
        return result;
    }

    static UnassignedReason toModel(int jspritCode) {
        return switch (jspritCode) {
            case 1 -> UnassignedReason.NO_VEHICLE_WITH_SKILL;
            case 2 -> UnassignedReason.OUTSIDE_TIME_WINDOWS;
            case 3 -> UnassignedReason.OVER_CAPACITY;
            case 4, TRIP_OUT_OF_RANGE -> UnassignedReason.OUT_OF_RANGE;
            case ROUTE_TOO_LONG -> UnassignedReason.ROUTE_TOO_LONG;
            case OVER_PAYLOAD -> UnassignedReason.OVER_PAYLOAD;
            default -> UnassignedReason.NOT_SOLVED;
        };
    }
}
