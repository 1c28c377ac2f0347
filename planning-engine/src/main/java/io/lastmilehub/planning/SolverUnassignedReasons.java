package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.util.UnassignedJobReasonTracker;
import io.lastmilehub.model.Unassigned;
import io.lastmilehub.model.UnassignedReason;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the constraint jsprit saw fail most often for a job it left out into a model reason. jsprit's codes: 1
 * skills, 2 time window, 3 capacity, 4 maximum distance; anything else, or a job it never tried, is
 * {@link UnassignedReason#NOT_SOLVED}.
 */
final class SolverUnassignedReasons {

    private SolverUnassignedReasons() {
    }

    static Map<String, Unassigned> of(Collection<Job> unassignedJobs, UnassignedJobReasonTracker tracker) {
        Map<String, Unassigned> result = new LinkedHashMap<>();
        for (Job job : unassignedJobs) {
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
            case 4 -> UnassignedReason.OUT_OF_RANGE;
            default -> UnassignedReason.NOT_SOLVED;
        };
    }
}
