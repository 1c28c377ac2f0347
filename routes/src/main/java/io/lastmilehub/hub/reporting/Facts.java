package io.lastmilehub.hub.reporting;

/**
 * The fact rows every KPI counts, one per order and planned day ({@code report_stop}), with the status events of that
 * day in the depot's time zone: the first DELIVERED, the first FAILED_ATTEMPT and how many, the first
 * OUT_FOR_DELIVERY, and how many FAILED_ATTEMPTs the order had before that day. SQL that H2 (PostgreSQL mode) and
 * PostgreSQL both run: no time-zone arithmetic, durations from epoch seconds.
 */
final class Facts {

    /** The order's events of one status on the stop's day: format with the status. */
    static final String DAY_EVENT = "FROM status_event e WHERE e.order_id = s.order_id AND e.status = '%s' "
            + "AND e.occurred_at >= s.day_start AND e.occurred_at < s.day_end";

    private Facts() {
    }

    /** The fact rows the filter selects, as a derived table for {@code FROM (...) f}. */
    static String sql(KpiFilter filter) {
        String rows = "SELECT s.order_id, s.planning_date, s.day_start, s.day_end, s.depot_id, s.vehicle_id, "
                + "s.driver_id, s.stop_sequence, s.planned_arrival, s.window_start, s.window_end, "
                + "s.unassigned_reason, s.vehicle_type, s.zero_emission, s.cost, s.currency, s.co2_grams, "
                + "s.distance_meters, m.source_system, "
                + "o.created_at AS received_at, "
                + "(SELECT MIN(e.occurred_at) " + DAY_EVENT.formatted("DELIVERED") + ") AS delivered_at, "
                + "(SELECT MIN(e.occurred_at) " + DAY_EVENT.formatted("FAILED_ATTEMPT") + ") AS failed_at, "
                + "(SELECT COUNT(*) " + DAY_EVENT.formatted("FAILED_ATTEMPT") + ") AS failures, "
                + "(SELECT MIN(e.occurred_at) " + DAY_EVENT.formatted("OUT_FOR_DELIVERY") + ") AS out_at, "
                + "CASE WHEN EXISTS (SELECT 1 FROM proof_of_delivery p WHERE p.order_id = s.order_id) THEN 1 ELSE 0 "
                + "END AS has_proof, "
                + "(SELECT COUNT(*) FROM status_event e WHERE e.order_id = s.order_id AND e.status = 'FAILED_ATTEMPT' "
                + "AND e.occurred_at < s.day_start) AS earlier_failures "
                + "FROM report_stop s JOIN delivery_order o ON o.id = s.order_id "
                + "JOIN inbound_message m ON m.id = o.inbound_message_id WHERE " + filter.whereSql();
        return "SELECT r.*, CASE WHEN r.failed_at IS NULL OR r.delivered_at < r.failed_at THEN r.delivered_at "
                + "ELSE r.failed_at END AS attempt_at FROM (" + rows + ") r";
    }

    /** Minutes from one timestamp column to another (positive when {@code to} is later). */
    static String minutes(String from, String to) {
        return "((EXTRACT(EPOCH FROM " + to + ") - EXTRACT(EPOCH FROM " + from + ")) / 60.0)";
    }
}
