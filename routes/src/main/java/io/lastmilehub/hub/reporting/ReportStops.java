package io.lastmilehub.hub.reporting;

import io.lastmilehub.connectors.support.cost.DeliveryCost;
import io.lastmilehub.connectors.support.cost.DeliveryCostAllocator;
import io.lastmilehub.hub.config.Fleet;
import io.lastmilehub.hub.fleet.FleetOfTheDay;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.hub.planning.StoredPlanRecorder;
import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.PodRequirements;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.TimeWindow;
import io.lastmilehub.model.Unassigned;
import io.lastmilehub.model.Vehicle;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the reporting table {@code report_stop} in step with the stored plans: each plan version writes, for every
 * order it has, the order's row of that day (its stop, or why it was set aside), replacing what an older version of
 * the day had written for that order. Orders a newer version left out (done before the re-plan) keep their row.
 */
@Component
public class ReportStops implements StoredPlanRecorder {

    private static final String DELETE = "DELETE FROM report_stop WHERE tenant = ? AND order_id = ? "
            + "AND planning_date = ?";
    private static final String INSERT = "INSERT INTO report_stop (tenant, order_id, planning_date, plan_id, "
            + "depot_id, day_start, day_end, vehicle_id, driver_id, stop_sequence, planned_arrival, window_start, "
            + "window_end, unassigned_reason, vehicle_type, zero_emission, cost, currency, co2_grams, distance_meters, "
            + "proof_required) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String DELETE_PLAN = "DELETE FROM report_plan WHERE tenant = ? AND depot_id = ? "
            + "AND planning_date = ?";
    private static final String INSERT_PLAN = "INSERT INTO report_plan (tenant, depot_id, planning_date, plan_id, "
            + "distance_meters, driving_seconds, unoptimised_distance_meters, unoptimised_driving_seconds) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final FleetOfTheDay fleets;
    private final ReportRoutes routes;

    ReportStops(JdbcTemplate jdbc, OrderRepository orders, OrderDocuments documents, FleetOfTheDay fleets,
                ReportRoutes routes) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.documents = documents;
        this.fleets = fleets;
        this.routes = routes;
    }

    /** Records the stops and set-aside orders of a plan stored for the tenant's depot and day. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String tenant, LocalDate day, Plan plan) {
        Fleet fleet = fleets.asStored(tenant, plan.getDepotId(), day);
        ZoneId zone = fleet.depot(plan.getDepotId()).map(Depot::getZoneId).map(ZoneId::of).orElse(ZoneId.of("UTC"));
        Map<String, DeliveryCost> costs = costsOf(plan);
        recordSavings(tenant, day, plan);
        routes.record(tenant, day, plan, fleet);
        Row base = new Row(tenant, day, plan.getId(), plan.getDepotId(), day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
        Map<String, OrderEntity> byId = orders.findAllById(plan.getRoutes().stream()
                        .flatMap(r -> r.getStops().stream()).map(Stop::getOrderId).filter(Objects::nonNull).toList())
                .stream().filter(o -> tenant.equals(o.getTenant()))
                .collect(Collectors.toMap(OrderEntity::getId, Function.identity()));
        for (Route route : plan.getRoutes()) {
            // An order with a pickup and a delivery stop on the route counts its last one, the delivery.
            route.getStops().stream().filter(s -> byId.containsKey(s.getOrderId()))
                    .collect(Collectors.toMap(Stop::getOrderId, Function.identity(), (first, next) -> next))
                    .values().forEach(stop -> write(base, new PlannedRoute(route, zeroEmission(fleet, route)), stop,
                            documents.read(byId.get(stop.getOrderId())), costs.get(stop.getOrderId())));
        }
        for (Unassigned entry : plan.getUnassigned()) {
            if (orders.findByIdAndTenant(entry.getOrderId(), tenant).isPresent()) {
                replace(base, entry.getOrderId(), null, null, null, null, entry.getReasonCode().name(), null, null);
            }
        }
    }

    private void write(Row base, PlannedRoute onRoute, Stop stop, DeliveryOrder order, DeliveryCost cost) {
        replace(base, stop.getOrderId(), onRoute, stop.getSequence(), stop.getEta(), windowOf(order, stop)
                .orElse(null), null, cost, proofRequired(order));
    }

    private void replace(Row base, String orderId, PlannedRoute onRoute, Integer sequence, Instant plannedArrival,
                         TimeWindow window, String unassignedReason, DeliveryCost cost, Boolean proofRequired) {
        Route route = onRoute == null ? null : onRoute.route();
        jdbc.update(DELETE, base.tenant(), orderId, base.day());
        jdbc.update(INSERT, base.tenant(), orderId, base.day(), base.planId(), base.depotId(), ts(base.dayStart()),
                ts(base.dayEnd()), route == null ? null : route.getVehicleId(),
                route == null ? null : route.getDriverId(), sequence, ts(plannedArrival),
                window == null ? null : ts(window.getStart()), window == null ? null : ts(window.getEnd()),
                unassignedReason, typeOf(route),
                onRoute == null ? null : onRoute.zeroEmission(), cost == null ? null : cost.total(),
                cost == null ? null : cost.currency(), cost == null ? null : cost.co2Grams(),
                cost == null ? null : cost.distanceMeters(), proofRequired);
    }

    /** The plan's driving against the unoptimised baseline, as the newest plan of its depot and day. */
    private void recordSavings(String tenant, LocalDate day, Plan plan) {
        CostSummary cost = plan.getCost();
        jdbc.update(DELETE_PLAN, tenant, plan.getDepotId(), day);
        if (cost != null && cost.getUnoptimisedDistanceMeters() > 0) {
            jdbc.update(INSERT_PLAN, tenant, plan.getDepotId(), day, plan.getId(), cost.getDistanceMeters(),
                    cost.getDrivingSeconds(), cost.getUnoptimisedDistanceMeters(), cost.getUnoptimisedDrivingSeconds());
        }
    }

    /** Each delivery's share of its route's cost, CO2 and distance; none when the plan was not costed. */
    private static Map<String, DeliveryCost> costsOf(Plan plan) {
        if (plan.getCost() == null || plan.getCost().getCurrency() == null) {
            return Map.of();
        }
        return DeliveryCostAllocator.allocate(plan).stream()
                .collect(Collectors.toMap(DeliveryCost::orderId, Function.identity(), (first, next) -> next));
    }

    private static String typeOf(Route route) {
        return route == null || route.getVehicleType() == null ? null : route.getVehicleType().name();
    }

    /** As the stored fleet of the plan's day says for the route's vehicle, else as its type. */
    private static boolean zeroEmission(Fleet fleet, Route route) {
        return fleet.vehicles().stream().filter(v -> v.getId().equals(route.getVehicleId())).findFirst()
                .map(Vehicle::isZeroEmissionMode)
                .orElse(route.getVehicleType() != null && route.getVehicleType().isZeroEmission());
    }

    /** Whether the order asks for a photo or a signature at the door: the proofs POD completeness counts. */
    private static boolean proofRequired(DeliveryOrder order) {
        PodRequirements required = order.getPodRequirements();
        return required != null && (required.isPhoto() || required.isSignature());
    }

    /** The window the stop was planned in: the one holding its planned arrival, else the order's first. */
    private static Optional<TimeWindow> windowOf(DeliveryOrder order, Stop stop) {
        List<TimeWindow> windows = order.getTimeWindows();
        return windows.stream().filter(w -> stop.getEta() != null && !stop.getEta().isBefore(w.getStart())
                && !stop.getEta().isAfter(w.getEnd())).findFirst().or(() -> windows.stream().findFirst());
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** The route a stop is on, and whether its vehicle emits nothing at the tailpipe. */
    private record PlannedRoute(Route route, boolean zeroEmission) {
    }

    private record Row(String tenant, LocalDate day, String planId, String depotId, Instant dayStart,
                       Instant dayEnd) {
    }
}
