package io.lastmilehub.hub.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One tenant's month for {@link KpiBenchmark}: the working days of October 2026 at four depots of twelve vehicles
 * (nine vans, three cargo bikes), each with its driver, and the orders spread evenly over the depot days. Shares a
 * parcel operation sees: 2 % set aside by the planner; of the rest 6 % a failed attempt (mostly nobody home), and of
 * the deliveries 84 % inside the two-hour window, 6 % early, 10 % late; 30 % of the orders ask for a proof at the door.
 * The same seed gives the same month on every database. Plain JDBC batches, SQL both databases run.
 */
final class BenchmarkMonth {

    static final String TENANT = "bench";
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final List<String> DEPOTS = List.of("amsterdam", "rotterdam", "utrecht", "den-haag");
    private static final int VEHICLES_PER_DEPOT = 12;
    private static final int CARGO_BIKES_PER_DEPOT = 3;
    private static final int ORDERS_PER_MESSAGE = 50;
    private static final int BATCH = 1000;
    private static final String[] FAILURE_REASONS = {"NOT_HOME", "NOT_HOME", "NOT_HOME", "NOT_HOME", "NOT_HOME",
        "NOT_HOME", "ACCESS_DENIED", "ACCESS_DENIED", "REFUSED", "ADDRESS_NOT_FOUND"};

    private final JdbcTemplate jdbc;
    private final Random random = new Random(20261001L);
    private final Rows messages = new Rows("INSERT INTO inbound_message (id, tenant, format, source_system, "
            + "source_message_id, payload_sha256, payload, received_at, order_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private final Rows orders = new Rows("INSERT INTO delivery_order (id, tenant, status, depot_id, "
            + "inbound_message_id, document, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)");
    private final Rows stops = new Rows("INSERT INTO report_stop (tenant, order_id, planning_date, plan_id, depot_id, "
            + "day_start, day_end, vehicle_id, driver_id, stop_sequence, planned_arrival, window_start, window_end, "
            + "unassigned_reason, vehicle_type, zero_emission, cost, currency, co2_grams, distance_meters, "
            + "proof_required) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private final Rows events = new Rows("INSERT INTO status_event (id, tenant, order_id, status, reason_code, "
            + "plan_id, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    private final Rows proofs = new Rows("INSERT INTO proof_of_delivery (id, tenant, order_id, document, created_at) "
            + "VALUES (?, ?, ?, ?, ?)");
    private final Rows plans = new Rows("INSERT INTO report_plan (tenant, depot_id, planning_date, plan_id, "
            + "distance_meters, driving_seconds, unoptimised_distance_meters, unoptimised_driving_seconds) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    private final Rows routes = new Rows("INSERT INTO report_route (tenant, depot_id, planning_date, vehicle_id, "
            + "plan_id, driver_id, vehicle_type, planned_start, planned_end, planned_distance_meters, energy_per_km) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private final Rows vehicleDays = new Rows("INSERT INTO report_vehicle_day (tenant, vehicle_id, planning_date, "
            + "positions, distance_meters, first_at, last_at, max_speed_kmh, harsh_speed_events) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private int eventCount;

    BenchmarkMonth(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the month with about this many orders (rounded to whole depot days). */
    void seed(int orderCount) {
        List<LocalDate> days = FIRST_DAY.datesUntil(LAST_DAY.plusDays(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).toList();
        int perDepotDay = Math.max(VEHICLES_PER_DEPOT, orderCount / (days.size() * DEPOTS.size()));
        int order = 0;
        for (LocalDate day : days) {
            for (String depot : DEPOTS) {
                String planId = "plan-" + depot + "-" + day;
                depotDay(day, depot, planId);
                for (int k = 0; k < perDepotDay; k++) {
                    order(order++, day, depot, planId, k);
                }
            }
        }
        for (Rows rows : List.of(messages, orders, stops, events, proofs, plans, routes, vehicleDays)) {
            rows.flush();
        }
    }

    int events() {
        return eventCount;
    }

    private void depotDay(LocalDate day, String depot, String planId) {
        double distance = VEHICLES_PER_DEPOT * 80_000.0;
        plans.add(TENANT, depot, day, planId, distance, VEHICLES_PER_DEPOT * 6 * 3600L, distance * 1.2,
                VEHICLES_PER_DEPOT * 7 * 3600L);
        for (int v = 0; v < VEHICLES_PER_DEPOT; v++) {
            String vehicle = vehicle(depot, v);
            OffsetDateTime start = at(day, 8, 0);
            routes.add(TENANT, depot, day, vehicle, planId, driver(depot, v), vehicleType(v), start,
                    start.plusHours(7), 80_000.0, bike(v) ? 0.0 : 0.1);
            vehicleDays.add(TENANT, vehicle, day, 2500L, 82_000.0 + random.nextInt(8000), start.minusMinutes(10),
                    start.plusHours(7).plusMinutes(random.nextInt(40)), 60.0 + random.nextInt(50), random.nextInt(3));
        }
    }

    private void order(int n, LocalDate day, String depot, String planId, int k) {
        String id = "ord-" + n;
        int message = n / ORDERS_PER_MESSAGE;
        OffsetDateTime received = at(day, 6, 0).minusMinutes(random.nextInt(24 * 60));
        if (n % ORDERS_PER_MESSAGE == 0) {
            messages.add("msg-" + message, TENANT, "JSON", message % 3 == 0 ? "SAP" : "shop", "m-" + message,
                    "%064x".formatted(message), "{}".getBytes(StandardCharsets.UTF_8), received, "");
        }
        event(id, "RECEIVED", null, null, received);
        event(id, "PLANNED", null, planId, at(day, 6, 30));
        int v = k % VEHICLES_PER_DEPOT;
        int sequence = k / VEHICLES_PER_DEPOT + 1;
        boolean proofRequired = random.nextInt(10) < 3;
        OffsetDateTime planned = at(day, 8, 0).plusMinutes(4L * sequence);
        OffsetDateTime windowStart = at(day, 8 + 2 * ((planned.getHour() - 8) / 2), 0);
        OffsetDateTime windowEnd = windowStart.plusHours(2);
        Object[] stop = {TENANT, id, day, planId, depot, at(day, 0, 0), at(day, 0, 0).plusDays(1), null, null, null,
            null, null, null, null, null, null, null, null, null, null, proofRequired};
        String status;
        if (random.nextInt(100) < 2) {
            stop[13] = random.nextBoolean() ? "ADDRESS_NOT_FOUND" : "OVER_CAPACITY";
            status = "RECEIVED";
        } else {
            Object[] assigned = {vehicle(depot, v), driver(depot, v), sequence, planned, windowStart, windowEnd, null,
                vehicleType(v), bike(v), BigDecimal.valueOf(150 + random.nextInt(300), 2), "EUR",
                bike(v) ? 0.0 : 180.0 + random.nextInt(200), 600.0 + random.nextInt(900)};
            System.arraycopy(assigned, 0, stop, 7, assigned.length);
            event(id, "OUT_FOR_DELIVERY", null, planId, at(day, 7, 50).plusMinutes(random.nextInt(15)));
            status = attempt(id, planId, planned, windowStart, windowEnd, proofRequired);
        }
        stops.add(stop);
        orders.add(id, TENANT, status, depot, "msg-" + message, "{}", received, received);
    }

    /** The stop's attempt: a failed one, or a delivery inside, before or after its window. */
    private String attempt(String id, String planId, OffsetDateTime planned, OffsetDateTime windowStart,
                           OffsetDateTime windowEnd, boolean proofRequired) {
        if (random.nextInt(100) < 6) {
            event(id, "FAILED_ATTEMPT", FAILURE_REASONS[random.nextInt(FAILURE_REASONS.length)], planId,
                    planned.plusMinutes(random.nextInt(30)));
            return "FAILED_ATTEMPT";
        }
        int share = random.nextInt(100);
        OffsetDateTime delivered;
        if (share < 6) {
            delivered = windowStart.minusMinutes(5 + random.nextInt(25));
        } else if (share < 16) {
            delivered = windowEnd.plusMinutes(5 + random.nextInt(55));
        } else {
            OffsetDateTime drift = planned.plusMinutes(random.nextInt(21) - 10);
            delivered = drift.isBefore(windowStart) ? windowStart : drift.isAfter(windowEnd) ? windowEnd : drift;
        }
        event(id, "DELIVERED", null, planId, delivered);
        if (proofRequired && random.nextInt(100) < 95) {
            proofs.add("pod-" + id, TENANT, id, "{}", delivered);
        }
        return "DELIVERED";
    }

    private void event(String orderId, String status, String reasonCode, String planId, OffsetDateTime at) {
        events.add("ev-" + eventCount++, TENANT, orderId, status, reasonCode, planId, at);
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZONE).toOffsetDateTime();
    }

    private static String vehicle(String depot, int v) {
        return depot + "-" + (bike(v) ? "bike-" : "van-") + v;
    }

    private static String driver(String depot, int v) {
        return "driver-" + depot + "-" + v;
    }

    private static boolean bike(int v) {
        return v >= VEHICLES_PER_DEPOT - CARGO_BIKES_PER_DEPOT;
    }

    private static String vehicleType(int v) {
        return bike(v) ? "CARGO_BIKE" : "VAN";
    }

    /** One table's pending rows, written in batches; flushed in foreign-key order by {@link #seed}. */
    private final class Rows {

        private final String sql;
        private final List<Object[]> pending = new ArrayList<>();

        Rows(String sql) {
            this.sql = sql;
        }

        void add(Object... row) {
            pending.add(row);
        }

        void flush() {
            for (int from = 0; from < pending.size(); from += BATCH) {
                jdbc.batchUpdate(sql, pending.subList(from, Math.min(pending.size(), from + BATCH)));
            }
            pending.clear();
        }
    }
}
