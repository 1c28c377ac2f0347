package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleCosts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One depot's planning job for one day: the fleet, the orders and how hard to search.
 *
 * <p>Vehicle shifts are local times on {@code planningDate} in the depot's zone; a shift that ends at or before its
 * start ends the next day. A vehicle without a shift is available the whole planning day. Order time windows are
 * instants. The request is checked when it is built, so that a bad request fails before any solving:
 * <ul>
 *   <li>plan id and tenant not blank; depot with id, location and a valid zone id; a planning date;
 *   <li>vehicles (may be empty) with distinct ids, a type and a capacity, all of this depot, all costs in one
 *       currency;
 *   <li>orders (may be empty) each with an id, the ids distinct, all of this tenant and (when they name one) this
 *       depot. Orders need not be plannable: those that are not come back as unassigned with the reason.
 * </ul>
 *
 * @param planId       id of the plan to make, at most 100 characters
 * @param tenant       tenant that owns the depot, the fleet and the orders
 * @param depot        where vehicles start and end
 * @param planningDate the day planned, in the depot's zone
 * @param vehicles     the available fleet, copied
 * @param orders       the orders to plan, copied
 * @param options      how to search; {@link PlanningOptions#defaults()} when built without
 */
public record PlanningRequest(String planId, String tenant, Depot depot, LocalDate planningDate,
                              List<Vehicle> vehicles, List<DeliveryOrder> orders, PlanningOptions options) {

    /** Currency of the plan's costs when no vehicle states one. */
    public static final String DEFAULT_CURRENCY = "EUR";

    /** @throws IllegalArgumentException naming the first thing wrong with the request */
    public PlanningRequest {
        Checks.notBlank(planId, "planId");
        Checks.check(planId.length() <= 100, "planId must be at most 100 characters");
        Checks.notBlank(tenant, "tenant");
        checkDepot(depot);
        Checks.notNull(planningDate, "planningDate");
        vehicles = copyWithoutNulls(vehicles, "vehicles");
        orders = copyWithoutNulls(orders, "orders");
        checkVehicles(vehicles, depot);
        checkOrders(orders, tenant, depot);
        options = options == null ? PlanningOptions.defaults() : options;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The depot's time zone. */
    public ZoneId zone() {
        return ZoneId.of(depot.getZoneId());
    }

    /** The currency the vehicles' costs are in, {@value #DEFAULT_CURRENCY} when none says. */
    public String currency() {
        return vehicles.stream().map(Vehicle::getCosts).filter(Objects::nonNull).map(VehicleCosts::getCurrency)
                .filter(Objects::nonNull).findFirst().orElse(DEFAULT_CURRENCY);
    }

    private static <T> List<T> copyWithoutNulls(List<T> values, String name) {
        Checks.notNull(values, name);
        Checks.check(values.stream().noneMatch(Objects::isNull), name + " must not contain null");
        return List.copyOf(values);
    }

    private static void checkDepot(Depot depot) {
        Checks.notNull(depot, "depot");
        Checks.notBlank(depot.getId(), "depot.id");
        Checks.notNull(depot.getLocation(), "depot.location");
        Checks.notBlank(depot.getZoneId(), "depot.zoneId");
        try {
            ZoneId.of(depot.getZoneId());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("depot.zoneId " + depot.getZoneId() + " is not a time zone id", e);
        }
    }

    private static void checkVehicles(List<Vehicle> vehicles, Depot depot) {
        Set<String> ids = new HashSet<>();
        Set<String> currencies = new HashSet<>();
        for (Vehicle vehicle : vehicles) {
            String id = Checks.notBlank(vehicle.getId(), "vehicle.id");
            Checks.check(ids.add(id), "vehicle id " + id + " appears twice");
            Checks.notNull(vehicle.getType(), "type of vehicle " + id);
            Checks.notNull(vehicle.getCapacity(), "capacity of vehicle " + id);
            Checks.check(depot.getId().equals(vehicle.getDepotId()),
                    "vehicle " + id + " belongs to depot " + vehicle.getDepotId() + ", not " + depot.getId());
            if (vehicle.getCosts() != null && vehicle.getCosts().getCurrency() != null) {
                currencies.add(vehicle.getCosts().getCurrency());
            }
        }
        Checks.check(currencies.size() <= 1, "vehicle costs are in several currencies: " + currencies);
    }

    private static void checkOrders(List<DeliveryOrder> orders, String tenant, Depot depot) {
        Set<String> ids = new HashSet<>();
        for (DeliveryOrder order : orders) {
            String id = Checks.notBlank(order.getId(), "order.id");
            Checks.check(ids.add(id), "order id " + id + " appears twice");
            Checks.check(tenant.equals(order.getTenant()),
                    "order " + id + " belongs to tenant " + order.getTenant() + ", not " + tenant);
            Checks.check(order.getDepotId() == null || order.getDepotId().equals(depot.getId()),
                    "order " + id + " belongs to depot " + order.getDepotId() + ", not " + depot.getId());
            order.getTimeWindows().forEach(window -> Checks.check(window != null && window.getStart() != null
                    && window.getEnd() != null && !window.getEnd().isBefore(window.getStart()),
                    "order " + id + " has a time window without start or end, or ending before it starts"));
        }
    }

    /** Builds {@link PlanningRequest}s; {@link #build()} validates. */
    public static final class Builder {

        private String planId;
        private String tenant;
        private Depot depot;
        private LocalDate planningDate;
        private final List<Vehicle> vehicles = new ArrayList<>();
        private final List<DeliveryOrder> orders = new ArrayList<>();
        private PlanningOptions options;

        private Builder() {
        }

        /** Id of the plan to make. */
        public Builder planId(String planId) {
            this.planId = planId;
            return this;
        }

        /** Tenant that owns depot, fleet and orders. */
        public Builder tenant(String tenant) {
            this.tenant = tenant;
            return this;
        }

        /** Where vehicles start and end. */
        public Builder depot(Depot depot) {
            this.depot = depot;
            return this;
        }

        /** The day planned, in the depot's zone. */
        public Builder planningDate(LocalDate planningDate) {
            this.planningDate = planningDate;
            return this;
        }

        /** Adds one vehicle. */
        public Builder vehicle(Vehicle vehicle) {
            this.vehicles.add(vehicle);
            return this;
        }

        /** Adds vehicles. */
        public Builder vehicles(List<Vehicle> vehicles) {
            this.vehicles.addAll(Checks.notNull(vehicles, "vehicles"));
            return this;
        }

        /** Adds one order. */
        public Builder order(DeliveryOrder order) {
            this.orders.add(order);
            return this;
        }

        /** Adds orders. */
        public Builder orders(List<DeliveryOrder> orders) {
            this.orders.addAll(Checks.notNull(orders, "orders"));
            return this;
        }

        /** How to search. */
        public Builder options(PlanningOptions options) {
            this.options = options;
            return this;
        }

        /** @throws IllegalArgumentException naming the first thing wrong with the request */
        public PlanningRequest build() {
            return new PlanningRequest(planId, tenant, depot, planningDate, new ArrayList<>(vehicles),
                    new ArrayList<>(orders), options);
        }
    }
}
