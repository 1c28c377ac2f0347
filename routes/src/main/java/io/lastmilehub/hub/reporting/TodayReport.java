package io.lastmilehub.hub.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Today's operation of a tenant: each route of the newest plan of today in each depot (today in the depot's time
 * zone), its progress and how each stop stands. docs/reporting.md says how each figure is counted.
 *
 * @param at the hub's time the flags were judged at
 */
public record TodayReport(Instant at, List<RouteToday> routes) {

    /**
     * One vehicle's route of the day.
     *
     * @param stopsDone      stops attempted today: delivered or a failed attempt
     * @param progress       stops done / stops planned, rounded to four places
     * @param lastPositionAt the newest vehicle position the live ETAs of its stops were computed from, if any
     */
    public record RouteToday(String depotId, LocalDate day, String planId, String vehicleId, String driverId,
                             int stopsPlanned, int stopsDone, Double progress, long late, long atRisk,
                             Instant lastPositionAt, List<StopToday> stops) {
    }

    /**
     * @param status      the order's status now
     * @param liveEta     the newest live ETA from the vehicle's positions today, if the route is tracked
     * @param deliveredAt the first delivery today, if any
     * @param failedAt    the first failed attempt today, if any
     */
    public record StopToday(String orderId, int sequence, Instant windowStart, Instant windowEnd,
                            Instant plannedArrival, Instant liveEta, String status, Instant deliveredAt,
                            Instant failedAt, StopFlag flag) {
    }

    /** A stop with its route, one CSV row. */
    public record StopRow(String depotId, LocalDate day, String vehicleId, String driverId, String orderId,
                          int sequence, Instant windowStart, Instant windowEnd, Instant plannedArrival,
                          Instant liveEta, String status, Instant deliveredAt, Instant failedAt, StopFlag flag) {
    }

    /** Every stop of every route, one row each, for CSV. */
    List<StopRow> stopRows() {
        return routes.stream().flatMap(r -> r.stops().stream().map(s -> new StopRow(r.depotId(), r.day(),
                r.vehicleId(), r.driverId(), s.orderId(), s.sequence(), s.windowStart(), s.windowEnd(),
                s.plannedArrival(), s.liveEta(), s.status(), s.deliveredAt(), s.failedAt(), s.flag()))).toList();
    }
}
