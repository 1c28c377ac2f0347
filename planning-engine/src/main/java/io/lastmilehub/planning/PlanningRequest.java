package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Driver;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One depot's planning job for one day: the fleet, the orders and how hard to search.
 *
 * <p>Vehicle shifts are local times on {@code planningDate} in the depot's zone; a shift that ends at or before its
 * start ends the next day. A vehicle without a shift is available the whole planning day. Order time windows are
 * instants. The request is checked when it is built, so that a bad request fails before any solving:
 * <ul>
 *   <li>plan id and tenant not blank; depot with id, location and a valid zone id; a planning date; other depots
 *       (may be empty) likewise, in the same zone, with ids distinct from each other and the depot's;
 *   <li>vehicles (may be empty) with distinct ids, a type and a capacity, each of the depot or another depot, all
 *       costs (the cost table's included) in one currency;
 *   <li>drivers (may be empty) with distinct ids; a driver who names a vehicle drives it (its skills join the
 *       vehicle's, its shift and limits narrow the vehicle's), at most one driver per vehicle;
 *   <li>orders (may be empty) each with an id, the ids distinct, all of this tenant and (when they name one) of one of the
 *       depots. Orders need not be plannable: those that are not come back as unassigned with the reason.
 * </ul>
 *
 * @param planId       id of the plan to make, at most 100 characters
 * @param tenant       tenant that owns the depot, the fleet and the orders
 * @param depot        the depot planned: the plan's depot, where its vehicles start and end
 * @param planningDate the day planned, in the depot's zone
 * @param vehicles     the available fleet, copied
 * @param orders       the orders to plan, copied
 * @param options      how to search; {@link PlanningOptions#defaults()} when built without
 * @param otherDepots  further depots of a multi-depot plan: their vehicles start and end there; copied
 * @param drivers      drivers and the vehicles they drive; copied
 * @param costTable    costs of vehicles that state none, per mode; {@link CostTable#NONE} when built without
 */
public record PlanningRequest(String planId, String tenant, Depot depot, LocalDate planningDate,
                              List<Vehicle> vehicles, List<DeliveryOrder> orders, PlanningOptions options,
                              List<Depot> otherDepots, List<Driver> drivers, CostTable costTable) {

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
        otherDepots = copyWithoutNulls(otherDepots == null ? List.of() : otherDepots, "otherDepots");
        drivers = copyWithoutNulls(drivers == null ? List.of() : drivers, "drivers");
        costTable = costTable == null ? CostTable.NONE : costTable;
        Set<String> depotIds = checkOtherDepots(depot, otherDepots);
        checkVehicles(vehicles, depotIds, costTable);
        checkDrivers(drivers, vehicles);
        checkOrders(orders, tenant, depotIds);
        options = options == null ? PlanningOptions.defaults() : options;
    }

    /** The request without other depots, drivers or cost table. */
    public PlanningRequest(String planId, String tenant, Depot depot, LocalDate planningDate, List<Vehicle> vehicles,
                           List<DeliveryOrder> orders, PlanningOptions options) {
        this(planId, tenant, depot, planningDate, vehicles, orders, options, List.of(), List.of(), CostTable.NONE);
    }

    /** The depot first, then the other depots. */
    public List<Depot> allDepots() {
        List<Depot> all = new ArrayList<>();
        all.add(depot);
        all.addAll(otherDepots);
        return all;
    }

    /** The same request with other orders, e.g. the orders already under way plus new ones. */
    public PlanningRequest withOrders(List<DeliveryOrder> newOrders) {
        return new PlanningRequest(planId, tenant, depot, planningDate, vehicles, newOrders, options, otherDepots,
                drivers, costTable);
    }

    /** The same request with other vehicles, e.g. only those auto-dispatch may use. */
    public PlanningRequest withVehicles(List<Vehicle> newVehicles) {
        Set<String> kept = newVehicles.stream().map(Vehicle::getId).collect(Collectors.toSet());
        List<Driver> keptDrivers = drivers.stream()
                .filter(driver -> driver.getVehicleId() == null || kept.contains(driver.getVehicleId())).toList();
        return new PlanningRequest(planId, tenant, depot, planningDate, newVehicles, orders, options, otherDepots,
                keptDrivers, costTable);
    }

    /** The same request with other options. */
    public PlanningRequest withOptions(PlanningOptions newOptions) {
        return new PlanningRequest(planId, tenant, depot, planningDate, vehicles, orders, newOptions, otherDepots,
                drivers, costTable);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The depot's time zone. */
    public ZoneId zone() {
        return ZoneId.of(depot.getZoneId());
    }

    /** The currency the vehicles' costs (or the cost table) are in, {@value #DEFAULT_CURRENCY} when none says. */
    public String currency() {
        return vehicles.stream().map(costTable::costsOf).filter(Objects::nonNull).map(VehicleCosts::getCurrency)
                .filter(Objects::nonNull).findFirst().orElse(DEFAULT_CURRENCY);
    }

    private static <T> List<T> copyWithoutNulls(List<T> values, String name) {
        Checks.notNull(values, name);
        Checks.check(values.stream().noneMatch(Objects::isNull), name + " must not contain null");
        return List.copyOf(values);
    }

    private static Set<String> checkOtherDepots(Depot depot, List<Depot> otherDepots) {
        Set<String> ids = new HashSet<>();
        ids.add(depot.getId());
        for (Depot other : otherDepots) {
            checkDepot(other);
            Checks.check(ids.add(other.getId()), "depot id " + other.getId() + " appears twice");
            Checks.check(other.getZoneId().equals(depot.getZoneId()), "depot " + other.getId() + " is in zone "
                    + other.getZoneId() + ", the plan's depot in " + depot.getZoneId());
        }
        return ids;
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

    private static void checkVehicles(List<Vehicle> vehicles, Set<String> depotIds, CostTable costTable) {
        Set<String> ids = new HashSet<>();
        Set<String> currencies = new HashSet<>();
        for (Vehicle vehicle : vehicles) {
            String id = Checks.notBlank(vehicle.getId(), "vehicle.id");
            Checks.check(ids.add(id), "vehicle id " + id + " appears twice");
            Checks.notNull(vehicle.getType(), "type of vehicle " + id);
            Checks.notNull(vehicle.getCapacity(), "capacity of vehicle " + id);
            Checks.check(depotIds.contains(vehicle.getDepotId()),
                    "vehicle " + id + " belongs to depot " + vehicle.getDepotId() + ", not one of " + depotIds);
            VehicleCosts costs = costTable.costsOf(vehicle);
            if (costs != null && costs.getCurrency() != null) {
                currencies.add(costs.getCurrency());
            }
        }
        Checks.check(currencies.size() <= 1, "vehicle costs are in several currencies: " + currencies);
    }

    private static void checkDrivers(List<Driver> drivers, List<Vehicle> vehicles) {
        Set<String> ids = new HashSet<>();
        Set<String> driven = new HashSet<>();
        Set<String> vehicleIds = new HashSet<>();
        vehicles.forEach(vehicle -> vehicleIds.add(vehicle.getId()));
        for (Driver driver : drivers) {
            String id = Checks.notBlank(driver.getId(), "driver.id");
            Checks.check(ids.add(id), "driver id " + id + " appears twice");
            String vehicleId = driver.getVehicleId();
            if (vehicleId != null && vehicleIds.contains(vehicleId)) {
                Checks.check(driven.add(vehicleId), "vehicle " + vehicleId + " has more than one driver");
            }
        }
    }

    private static void checkOrders(List<DeliveryOrder> orders, String tenant, Set<String> depotIds) {
        Set<String> ids = new HashSet<>();
        for (DeliveryOrder order : orders) {
            String id = Checks.notBlank(order.getId(), "order.id");
            Checks.check(ids.add(id), "order id " + id + " appears twice");
            Checks.check(tenant.equals(order.getTenant()),
                    "order " + id + " belongs to tenant " + order.getTenant() + ", not " + tenant);
            Checks.check(order.getDepotId() == null || depotIds.contains(order.getDepotId()),
                    "order " + id + " belongs to depot " + order.getDepotId() + ", not one of " + depotIds);
            Stream.concat(order.getTimeWindows().stream(), order.getPickupTimeWindows().stream())
                    .forEach(window -> Checks.check(window != null && window.getStart() != null
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
        private final List<Depot> otherDepots = new ArrayList<>();
        private final List<Driver> drivers = new ArrayList<>();
        private CostTable costTable;

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

        /** Adds a further depot whose vehicles start and end there. */
        public Builder otherDepot(Depot otherDepot) {
            this.otherDepots.add(otherDepot);
            return this;
        }

        /** Adds further depots. */
        public Builder otherDepots(List<Depot> otherDepots) {
            this.otherDepots.addAll(Checks.notNull(otherDepots, "otherDepots"));
            return this;
        }

        /** Adds one driver. */
        public Builder driver(Driver driver) {
            this.drivers.add(driver);
            return this;
        }

        /** Adds drivers. */
        public Builder drivers(List<Driver> drivers) {
            this.drivers.addAll(Checks.notNull(drivers, "drivers"));
            return this;
        }

        /** Costs per mode for vehicles that state none. */
        public Builder costTable(CostTable costTable) {
            this.costTable = costTable;
            return this;
        }

        /** @throws IllegalArgumentException naming the first thing wrong with the request */
        public PlanningRequest build() {
            return new PlanningRequest(planId, tenant, depot, planningDate, new ArrayList<>(vehicles),
                    new ArrayList<>(orders), options, new ArrayList<>(otherDepots), new ArrayList<>(drivers),
                    costTable);
        }
    }
}
