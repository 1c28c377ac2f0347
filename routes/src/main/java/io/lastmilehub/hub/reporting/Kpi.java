package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.web.NotFoundException;
import java.util.Arrays;

/**
 * The figures that can be drilled down to their orders: each is a condition on a fact row {@code f} (see
 * {@link Facts}), used both to count it and to list the orders behind it, so the two always agree; and the minutes
 * the figure measures for each order, where it measures any.
 */
public enum Kpi {
    /** Delivered, with a window. */
    DELIVERED_IN_WINDOW("delivered-with-window", "f.delivered_at IS NOT NULL AND f.window_start IS NOT NULL", null),
    ON_TIME("on-time", "f.delivered_at >= f.window_start AND f.delivered_at <= f.window_end", null),
    EARLY("early", "f.delivered_at < f.window_start", Facts.minutes("f.delivered_at", "f.window_start")),
    LATE("late", "f.delivered_at > f.window_end", Facts.minutes("f.window_end", "f.delivered_at")),
    /** The order's first attempt (delivered or failed) ever was on this day. */
    FIRST_ATTEMPT("first-attempt", "f.attempt_at IS NOT NULL AND f.earlier_failures = 0", null),
    FIRST_ATTEMPT_DELIVERED("first-attempt-delivered", "f.attempt_at IS NOT NULL AND f.earlier_failures = 0 "
            + "AND f.failed_at IS NULL", null),
    FAILED_ATTEMPTS("failed-attempts", "f.failures > 0", null),
    DELIVERY_TIME("delivery-time", "f.delivered_at IS NOT NULL", Facts.minutes("f.received_at", "f.delivered_at")),
    OUT_FOR_DELIVERY_TIME("out-for-delivery-time", "f.delivered_at IS NOT NULL AND f.out_at IS NOT NULL "
            + "AND f.out_at <= f.delivered_at", Facts.minutes("f.out_at", "f.delivered_at")),
    /** Attempted stops with a planned arrival: actual (the attempt) minus planned, late positive. */
    ARRIVAL("arrival", "f.attempt_at IS NOT NULL AND f.planned_arrival IS NOT NULL",
            Facts.minutes("f.planned_arrival", "f.attempt_at")),
    /** Attempted stops that arrived within the query's ± margin ({@code :etaMargin} minutes) of the planned arrival. */
    ETA_KEPT("eta-kept", "ABS(" + Facts.minutes("f.planned_arrival", "f.attempt_at") + ") <= :etaMargin",
            Facts.minutes("f.planned_arrival", "f.attempt_at")),
    /** Delivered with the hub's proof of delivery (which holds every proof the order requires). */
    WITH_PROOF("with-proof", "f.delivered_at IS NOT NULL AND f.has_proof = 1", null),
    /** Delivered by a vehicle that emits nothing at the tailpipe. */
    ZERO_EMISSION("zero-emission", "f.delivered_at IS NOT NULL AND f.zero_emission = TRUE", null),
    SET_ASIDE("set-aside", "f.unassigned_reason IS NOT NULL", null),
    /** Attempted stops on a route: the base of the sequence adherence. */
    SEQUENCED("sequenced", "f.planned_rank IS NOT NULL", null),
    /** Attempted in their planned position: as many of the route's stops attempted before it as planned before it. */
    IN_SEQUENCE("in-sequence", "f.planned_rank = f.actual_rank", null),
    OUT_OF_SEQUENCE("out-of-sequence", "f.planned_rank <> f.actual_rank", null),
    /** Delivered after the window's end, or reported delayed (its ETA beyond the window) by the tracking stage. */
    DELAYED("delayed", "(f.delivered_at > f.window_end OR f.delay_reports > 0)", null),
    /** A temperature sensor of the vehicle read outside a parcel's range while the order was on board. */
    COLD_CHAIN_EXCURSION("cold-chain-excursion", "f.excursions > 0", null),
    /** Delivered, and the order asked for a photo or a signature. */
    PROOF_REQUIRED("proof-required", "f.delivered_at IS NOT NULL AND f.proof_required = TRUE", null),
    /** Delivered without the photo or signature the order asked for (no proof of delivery through the hub). */
    PROOF_MISSING("proof-missing", "f.has_proof = 0", null);

    private final String path;
    private final String condition;
    private final String minutes;

    Kpi(String path, String condition, String minutes) {
        this.path = path;
        this.condition = condition;
        this.minutes = minutes;
    }

    /** The KPI of a drill-down path segment, e.g. {@code on-time}. */
    public static Kpi of(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundException("kpi", path));
    }

    public String path() {
        return path;
    }

    /** The SQL condition; the timing ones imply {@link #DELIVERED_IN_WINDOW}. */
    String condition() {
        return switch (this) {
            case ON_TIME, EARLY, LATE -> DELIVERED_IN_WINDOW.condition + " AND " + condition;
            case ETA_KEPT -> ARRIVAL.condition + " AND " + condition;
            case PROOF_MISSING -> PROOF_REQUIRED.condition + " AND " + condition;
            default -> condition;
        };
    }

    /** SQL of the minutes this figure measures per order, or {@code NULL}. */
    String minutes() {
        return minutes == null ? "NULL" : minutes;
    }

    /** Whether the drill-down narrows by a reason code (failed attempts: the attempt's; set aside: the plan's). */
    boolean hasReason() {
        return this == FAILED_ATTEMPTS || this == SET_ASIDE;
    }
}
