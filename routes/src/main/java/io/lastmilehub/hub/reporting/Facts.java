package io.lastmilehub.hub.reporting;

/**
 * The fact rows every KPI counts, one per order and planned day ({@code report_stop}), with the status events of that
 * day in the depot's time zone: the first DELIVERED, the first FAILED_ATTEMPT and how many, the first
 * OUT_FOR_DELIVERY, how many FAILED_ATTEMPTs the order had before that day, the tracking stage's delays and
 * cold-chain excursions of the day, and the stop's rank on its route among the attempted stops, by planned sequence
 * and by attempt time. SQL that H2 (PostgreSQL mode) and PostgreSQL both run: no time-zone arithmetic, durations from
 * epoch seconds.
 */
final class Facts {

    /** The order's events of one status on the stop's day: format with the status. */
    static final String DAY_EVENT = "FROM status_event e WHERE e.order_id = s.order_id AND e.status = '%s' "
            + "AND e.occurred_at >= s.day_start AND e.occurred_at < s.day_end";

    /** The order's exceptions the tracking stage raised on the stop's day: format with the reason code. */
    static final String DAY_EXCEPTION = "FROM report_exception x WHERE x.order_id = s.order_id "
            + "AND x.reason_code = '%s' AND x.occurred_at >= s.day_start AND x.occurred_at < s.day_end";

    /** The attempted stops of one route (planned day and vehicle): the window of the ranks. */
    private static final String ROUTE_ATTEMPTS = "PARTITION BY a.planning_date, a.vehicle_id, "
            + "CASE WHEN a.attempt_at IS NULL THEN 0 ELSE 1 END";
    private static final String RANKED = "CASE WHEN a.attempt_at IS NOT NULL AND a.stop_sequence IS NOT NULL THEN "
            + "ROW_NUMBER() OVER (%s ORDER BY %s) END";

    private Facts() {
    }

    /** The fact rows the filter selects, as a derived table for {@code FROM (...) f}. */
    static String sql(KpiFilter filter) {
        String rows = "SELECT s.order_id, s.planning_date, s.day_start, s.day_end, s.depot_id, s.vehicle_id, "
                + "s.driver_id, s.stop_sequence, s.planned_arrival, s.window_start, s.window_end, "
                + "s.unassigned_reason, s.vehicle_type, s.zero_emission, s.cost, s.currency, s.co2_grams, "
                + "s.distance_meters, s.proof_required, m.source_system, "
                + "o.created_at AS received_at, "
                + "(SELECT MIN(e.occurred_at) " + DAY_EVENT.formatted("DELIVERED") + ") AS delivered_at, "
                + "(SELECT MIN(e.occurred_at) " + DAY_EVENT.formatted("FAILED_ATTEMPT") + ") AS failed_at, "
                + "(SELECT COUNT(*) " + DAY_EVENT.formatted("FAILED_ATTEMPT") + ") AS failures, "
                + "(SELECT MIN(e.occurred_at) " + DAY_EVENT.formatted("OUT_FOR_DELIVERY") + ") AS out_at, "
                + "CASE WHEN EXISTS (SELECT 1 FROM proof_of_delivery p WHERE p.order_id = s.order_id) THEN 1 ELSE 0 "
                + "END AS has_proof, "
                + "(SELECT COUNT(*) FROM status_event e WHERE e.order_id = s.order_id AND e.status = 'FAILED_ATTEMPT' "
                + "AND e.occurred_at < s.day_start) AS earlier_failures, "
                + "(SELECT COUNT(*) " + DAY_EXCEPTION.formatted("DELAYED") + ") AS delay_reports, "
                + "(SELECT COUNT(*) " + DAY_EXCEPTION.formatted("TEMPERATURE_EXCURSION") + ") AS excursions "
                + "FROM report_stop s JOIN delivery_order o ON o.id = s.order_id "
                + "JOIN inbound_message m ON m.id = o.inbound_message_id WHERE " + filter.whereSql();
        String attempts = "SELECT r.*, CASE WHEN r.failed_at IS NULL OR r.delivered_at < r.failed_at "
                + "THEN r.delivered_at ELSE r.failed_at END AS attempt_at FROM (" + rows + ") r";
        return "SELECT a.*, " + RANKED.formatted(ROUTE_ATTEMPTS, "a.stop_sequence, a.order_id") + " AS planned_rank, "
                + RANKED.formatted(ROUTE_ATTEMPTS, "a.attempt_at, a.stop_sequence, a.order_id") + " AS actual_rank "
                + "FROM (" + attempts + ") a";
    }

    /** Minutes from one timestamp column to another (positive when {@code to} is later). */
    static String minutes(String from, String to) {
        return "((EXTRACT(EPOCH FROM " + to + ") - EXTRACT(EPOCH FROM " + from + ")) / 60.0)";
    }
}
