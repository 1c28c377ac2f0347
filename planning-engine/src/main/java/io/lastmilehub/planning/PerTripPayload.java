package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.Capacity;
import com.graphhopper.jsprit.core.problem.constraint.HardRouteConstraint;
import com.graphhopper.jsprit.core.problem.misc.JobInsertionContext;

import java.util.Map;

/**
 * A vehicle that flies back to base after every stop carries one order per trip: each order must fit its payload
 * on its own, however many it serves in a day. Such vehicles get an unlimited jsprit capacity (loads of a day would
 * otherwise add up) and this rule instead.
 *
 * <p>Contract: refuses a job whose size exceeds the vehicle's per-trip payload in any dimension; vehicles without
 * a per-trip payload accept everything.
 *
 * <p>Example: a multirotor drone with 2.5 kg per trip takes ten orders of 2 kg in a day, but not one of 3 kg.
 */
final class PerTripPayload implements HardRouteConstraint {

    private final Map<String, Capacity> payloadByVehicleId;

    /** @param payloadByVehicleId per-trip payload of each back-to-base vehicle */
    PerTripPayload(Map<String, Capacity> payloadByVehicleId) {
        this.payloadByVehicleId = Map.copyOf(payloadByVehicleId);
    }

    /** Registers the rule with the solver, when some vehicle has a per-trip payload. */
    static SolverExtension extension(Map<String, Capacity> payloadByVehicleId) {
        PerTripPayload rule = new PerTripPayload(payloadByVehicleId);
        return (problem, stateManager, constraintManager) -> {
            if (!rule.payloadByVehicleId.isEmpty()) {
                constraintManager.addConstraint(rule);
            }
        };
    }

    @Override
    public boolean fulfilled(JobInsertionContext context) {
        Capacity payload = payloadByVehicleId.get(context.getNewVehicle().getId());
        return payload == null || context.getJob().getSize().isLessOrEqual(payload);
    }
}
