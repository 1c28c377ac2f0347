package io.lastmilehub.hub.planning;

import java.util.List;

/**
 * What a plan request changes about the plan under way of its depot and day.
 *
 * @param basePlanId the plan under way when the request was made; null for a fresh plan of the depot's day
 * @param orderIds   orders the request adds (inserted or dispatched); empty for a re-plan
 */
public record PlanChange(String basePlanId, List<String> orderIds) {

    /** A fresh plan of the depot's day. */
    public static final PlanChange NONE = new PlanChange(null, List.of());

    public PlanChange {
        orderIds = orderIds == null ? List.of() : List.copyOf(orderIds);
    }
}
