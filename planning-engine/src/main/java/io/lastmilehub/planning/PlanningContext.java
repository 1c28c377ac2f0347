package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.planning.travel.TravelMatrix;
import io.lastmilehub.planning.travel.TravelProfile;
import io.lastmilehub.planning.travel.TravelTimeProvider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request translated into the solver's terms: whole-number loads, solver times, normalised skills, numbered
 * locations (the depot is {@value #DEPOT}) and one travel matrix per distinct vehicle profile.
 */
final class PlanningContext {

    /** Matrix index of the depot. */
    static final int DEPOT = 0;

    private final PlanningRequest request;
    private final PlanningDay day;
    private final List<GeoPoint> locations;
    private final List<FleetVehicle> vehicles;
    private final List<OrderNeeds> orders;
    private final Map<TravelProfile, TravelMatrix> matrices;

    private PlanningContext(PlanningRequest request, PlanningDay day, List<GeoPoint> locations,
                            List<FleetVehicle> vehicles, List<OrderNeeds> orders,
                            Map<TravelProfile, TravelMatrix> matrices) {
        this.request = request;
        this.day = day;
        this.locations = locations;
        this.vehicles = vehicles;
        this.orders = orders;
        this.matrices = matrices;
    }

    /** Translates the request and asks the provider for a matrix per profile of the fleet. */
    static PlanningContext prepare(PlanningRequest request, TravelTimeProvider travel) {
        PlanningDay day = new PlanningDay(request.planningDate(), request.zone());
        Map<GeoPoint, Integer> index = new LinkedHashMap<>();
        index.put(request.depot().getLocation(), DEPOT);
        List<OrderNeeds> orders = request.orders().stream().map(order -> needsOf(order, day, index)).toList();
        List<FleetVehicle> vehicles = request.vehicles().stream().map(vehicle -> fleetVehicleOf(vehicle, day))
                .toList();
        List<GeoPoint> locations = List.copyOf(index.keySet());
        Map<TravelProfile, TravelMatrix> matrices = new LinkedHashMap<>();
        vehicles.stream().map(FleetVehicle::profile).distinct()
                .forEach(profile -> matrices.put(profile, travel.matrix(locations, profile)));
        return new PlanningContext(request, day, locations, vehicles, orders, Map.copyOf(matrices));
    }

    PlanningRequest request() {
        return request;
    }

    PlanningDay day() {
        return day;
    }

    /** All vehicles of the request, in its order. */
    List<FleetVehicle> vehicles() {
        return vehicles;
    }

    /** All orders of the request, in its order. */
    List<OrderNeeds> orders() {
        return orders;
    }

    /** Distinct locations, the depot first. */
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

    /** Every profile with its matrix. */
    Map<TravelProfile, TravelMatrix> matrices() {
        return matrices;
    }

    /** Lower case, trimmed, blank ones left out: the way jsprit compares skills. */
    static Set<String> normalise(Set<String> skills) {
        return skills.stream().filter(s -> s != null && !s.isBlank()).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static OrderNeeds needsOf(DeliveryOrder order, PlanningDay day, Map<GeoPoint, Integer> index) {
        GeoPoint location = order.getShipTo() == null ? null : order.getShipTo().getLocation();
        int locationIndex = location == null ? OrderNeeds.NO_LOCATION
                : index.computeIfAbsent(location, point -> index.size());
        return new OrderNeeds(order, locationIndex, CapacityDimensions.demandOf(order),
                normalise(order.getRequiredSkills()), day.windowsOf(order));
    }

    private static FleetVehicle fleetVehicleOf(Vehicle vehicle, PlanningDay day) {
        int[] capacity = CapacityDimensions.capacityOf(vehicle.getCapacity());
        return new FleetVehicle(vehicle, TravelProfile.of(vehicle), capacity, normalise(vehicle.getSkills()),
                day.shiftOf(vehicle.getShift()), vehicle.getRangeKm() * 1000);
    }

    /** For log lines. */
    @Override
    public String toString() {
        return "PlanningContext[plan=" + request.planId() + ", locations=" + locations.size() + ", vehicles="
                + vehicles.size() + ", orders=" + orders.size() + ", profiles=" + new ArrayList<>(matrices.keySet())
                + "]";
    }
}
