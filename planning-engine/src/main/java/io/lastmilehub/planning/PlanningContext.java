package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Driver;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Shift;
import io.lastmilehub.model.TrafficZone;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.planning.travel.SlicedTravel;
import io.lastmilehub.planning.travel.TimeDependentTravel;
import io.lastmilehub.planning.travel.TimeSlicedTravelTimes;
import io.lastmilehub.planning.travel.TravelMatrix;
import io.lastmilehub.planning.travel.TravelProfile;
import io.lastmilehub.planning.travel.TravelTimeProvider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request translated into the solver's terms: whole-number loads, solver times, normalised skills, numbered
 * locations (the depots first, the request's depot at {@value #DEPOT}) and one travel matrix per distinct vehicle
 * profile. Each vehicle gets its driver (skills joined, shift narrowed), its mode's limits where it states none,
 * its costs (its own or the cost table's) and, when re-planning, its current position and time as its start.
 */
final class PlanningContext {

    /** Matrix index of the request's depot. */
    static final int DEPOT = 0;

    private final PlanningRequest request;
    private final PlanningDay day;
    private final List<GeoPoint> locations;
    private final List<FleetVehicle> vehicles;
    private final List<OrderNeeds> orders;
    private final Map<TravelProfile, TravelMatrix> matrices;
    private final Map<TravelProfile, TimeDependentTravel> traffic;
    private final CurrentRoutes current;

    private PlanningContext(PlanningRequest request, PlanningDay day, List<GeoPoint> locations,
                            List<FleetVehicle> vehicles, List<OrderNeeds> orders,
                            Map<TravelProfile, TravelMatrix> matrices, Map<TravelProfile, TimeDependentTravel> traffic,
                            CurrentRoutes current) {
        this.request = request;
        this.day = day;
        this.locations = locations;
        this.vehicles = vehicles;
        this.orders = orders;
        this.matrices = matrices;
        this.traffic = traffic;
        this.current = current;
    }

    /** Translates a request with every vehicle at its depot. */
    static PlanningContext prepare(PlanningRequest request, TravelTimeProvider travel) {
        return prepare(request, travel, CurrentRoutes.NONE);
    }

    /** Translates the request, vehicles under way starting where they are, and asks for a matrix per profile. */
    static PlanningContext prepare(PlanningRequest request, TravelTimeProvider travel, CurrentRoutes current) {
        PlanningDay day = new PlanningDay(request.planningDate(), request.zone());
        Map<GeoPoint, Integer> index = new LinkedHashMap<>();
        Map<String, Integer> depotIndex = new HashMap<>();
        for (Depot depot : request.allDepots()) {
            depotIndex.put(depot.getId(), indexOf(depot.getLocation(), index));
        }
        List<OrderNeeds> orders = request.orders().stream().map(order -> needsOf(order, day, index)).toList();
        // Drivers of vehicles outside the request (another depot's fleet) play no part here.
        Set<String> vehicleIds = request.vehicles().stream().map(Vehicle::getId).collect(Collectors.toSet());
        Map<String, Driver> drivers = request.drivers().stream()
                .filter(driver -> driver.getVehicleId() != null && vehicleIds.contains(driver.getVehicleId()))
                .collect(Collectors.toMap(Driver::getVehicleId, driver -> driver));
        List<FleetVehicle> vehicles = new ArrayList<>();
        for (Vehicle vehicle : request.vehicles()) {
            int depot = depotIndex.get(vehicle.getDepotId());
            Optional<VehicleProgress> progress = current.of(vehicle.getId());
            int start = progress.map(p -> indexOf(p.position(), index)).orElse(depot);
            vehicles.add(fleetVehicleOf(request, vehicle, drivers.get(vehicle.getId()), day, start, depot,
                    progress.map(p -> day.secondsOf(p.availableFrom())).orElse(0.0)));
        }
        List<GeoPoint> locations = List.copyOf(index.keySet());
        Map<TravelProfile, TravelMatrix> matrices = new LinkedHashMap<>();
        vehicles.stream().map(FleetVehicle::profile).distinct()
                .forEach(profile -> matrices.put(profile, travel.matrix(locations, profile)));
        return new PlanningContext(request, day, locations, List.copyOf(vehicles), orders, Map.copyOf(matrices),
                trafficOf(request, travel, locations, matrices.keySet()), current);
    }

    /**
     * The times of day each profile drives in: a routing service's matrices per time slice where it has them, else
     * the depot's rush hours stretching the free-flow matrices.
     */
    private static Map<TravelProfile, TimeDependentTravel> trafficOf(PlanningRequest request, TravelTimeProvider travel,
                                                                     List<GeoPoint> locations,
                                                                     Set<TravelProfile> profiles) {
        List<TrafficZone> zones = request.depot().getTraffic();
        TimeDependentTravel rushHours = TimeDependentTravel.of(zones, locations, request.planningDate(),
                request.zone());
        Map<TravelProfile, TimeDependentTravel> traffic = new HashMap<>();
        for (TravelProfile profile : profiles) {
            traffic.put(profile, travel instanceof TimeSlicedTravelTimes sliced ? SlicedTravel.ask(sliced, locations,
                    profile, zones, request.planningDate(), request.zone()) : rushHours);
        }
        return Map.copyOf(traffic);
    }

    PlanningRequest request() {
        return request;
    }

    PlanningDay day() {
        return day;
    }

    /** The routes under way; {@link CurrentRoutes#NONE} for static planning. */
    CurrentRoutes current() {
        return current;
    }

    /** All vehicles of the request, in its order. */
    List<FleetVehicle> vehicles() {
        return vehicles;
    }

    /** All orders of the request, in its order. */
    List<OrderNeeds> orders() {
        return orders;
    }

    /** Distinct locations, the depots first. */
    List<GeoPoint> locations() {
        return locations;
    }

    /** The matrix a profile of the fleet drives on. */
    TravelMatrix matrix(TravelProfile profile) {
        TravelMatrix matrix = matrices.get(profile);
        if (matrix == null) {
            throw new IllegalStateException("no vehicle drives with profile " + profile.key());
        }
        return matrix;
    }

    /** The times of day a profile drives in on the plan's day, which every leg is timed by. */
    TimeDependentTravel traffic(TravelProfile profile) {
        TimeDependentTravel times = traffic.get(profile);
        if (times == null) {
            throw new IllegalStateException("no vehicle drives with profile " + profile.key());
        }
        return times;
    }

    /** Every profile with its matrix. */
    Map<TravelProfile, TravelMatrix> matrices() {
        return matrices;
    }

    /** Lower case, trimmed, blank ones left out: the way jsprit compares skills. */
    static Set<String> normalise(Set<String> skills) {
        return skills.stream().filter(s -> s != null && !s.isBlank()).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static int indexOf(GeoPoint point, Map<GeoPoint, Integer> index) {
        return index.computeIfAbsent(point, p -> index.size());
    }

    private static OrderNeeds needsOf(DeliveryOrder order, PlanningDay day, Map<GeoPoint, Integer> index) {
        GeoPoint location = order.getShipTo() == null ? null : order.getShipTo().getLocation();
        int locationIndex = location == null ? OrderNeeds.NO_LOCATION : indexOf(location, index);
        int pickupIndex = OrderNeeds.NO_PAIR;
        List<Interval> pickupWindows = List.of();
        if (order.getPickupFrom() != null) {
            GeoPoint pickup = order.getPickupFrom().getLocation();
            pickupIndex = pickup == null ? OrderNeeds.NO_LOCATION : indexOf(pickup, index);
            pickupWindows = day.windowsOf(order.getPickupTimeWindows());
        }
        return new OrderNeeds(order, locationIndex, CapacityDimensions.demandOf(order),
                normalise(order.getRequiredSkills()), day.windowsOf(order), pickupIndex, pickupWindows);
    }

    private static FleetVehicle fleetVehicleOf(PlanningRequest request, Vehicle vehicle, Driver driver,
                                               PlanningDay day, int start, int depot, double availableFrom) {
        DeliveryMode mode = DeliveryMode.of(vehicle.getType());
        Driver crew = mode.crewed() ? driver : null;
        Set<String> skills = new LinkedHashSet<>(vehicle.getSkills());
        Interval shift = day.shiftOf(vehicle.getShift());
        Shift limits = vehicle.getShift();
        if (crew != null) {
            skills.addAll(crew.getSkills());
            if (crew.getShift() != null) {
                Interval driverShift = day.shiftOf(crew.getShift());
                double from = Math.max(shift.start(), driverShift.start());
                shift = new Interval(from, Math.max(from, Math.min(shift.end(), driverShift.end())));
                limits = crew.getShift();
            }
        }
        if (availableFrom > shift.start()) {
            shift = new Interval(availableFrom, Math.max(availableFrom, shift.end()));
        }
        double rangeKm = vehicle.getRangeKm() > 0 ? vehicle.getRangeKm() : mode.rangeKm();
        BreakRule breakRule = limits == null ? null : BreakRule.of(day.shiftOf(limits).start(),
                limits.getBreakAfterMinutes(), limits.getBreakMinutes());
        if (breakRule != null && availableFrom >= breakRule.window().end()) {
            breakRule = null; // re-planning after the break window: taken (or missed) already, nothing to plan
        }
        return new FleetVehicle(vehicle, crew, mode, TravelProfile.of(vehicle), capacityOf(vehicle, mode),
                normalise(skills), shift, rangeKm * 1000, maxRouteSecondsOf(limits), breakRule,
                start, depot, new CostModel(request.costTable().costsOf(vehicle)));
    }

    private static int[] capacityOf(Vehicle vehicle, DeliveryMode mode) {
        int[] capacity = CapacityDimensions.capacityOf(vehicle.getCapacity());
        if (vehicle.getCapacity().getWeightKg() <= 0 && mode.payloadKg() > 0) {
            capacity[CapacityDimensions.WEIGHT] = CapacityDimensions.weightCapacity(mode.payloadKg());
        }
        return capacity;
    }

    private static double maxRouteSecondsOf(Shift limits) {
        return limits == null ? 0 : limits.getMaxRouteMinutes() * 60.0;
    }

    /** For log lines. */
    @Override
    public String toString() {
        return "PlanningContext[plan=" + request.planId() + ", locations=" + locations.size() + ", vehicles="
                + vehicles.size() + ", orders=" + orders.size() + ", profiles=" + new ArrayList<>(matrices.keySet())
                + "]";
    }
}
