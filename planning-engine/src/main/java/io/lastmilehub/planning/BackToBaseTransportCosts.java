package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.cost.AbstractForwardVehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.cost.VehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import io.lastmilehub.planning.travel.ByVehicleIndex;

import java.util.Collection;
import java.util.Map;

/**
 * Drones fly back to base after every stop: for those vehicles the trip from one stop to the next is priced and
 * timed as stop to base plus base to stop, so jsprit plans a drone's day as a chain of round trips (per-trip payload
 * and range are {@link PerTripPayload} and {@link PerTripRange}). Other vehicles get the wrapped costs unchanged.
 *
 * <p>Example: a drone based at B serves S1 then S2; jsprit sees B-S1, S1-S2 and S2-B, this class makes S1-S2 cost
 * S1-B plus B-S2, so the route is B-S1-B-S2-B.
 */
final class BackToBaseTransportCosts extends AbstractForwardVehicleRoutingTransportCosts {

    private final VehicleRoutingTransportCosts costs;
    private final ByVehicleIndex<Location> bases;

    /**
     * @param baseByVehicleId the depot of each back-to-base vehicle; vehicles left out drive normally
     * @param vehicles        the problem's vehicles, with their jsprit indices set, so that a base is found by index
     */
    BackToBaseTransportCosts(VehicleRoutingTransportCosts costs, Map<String, Location> baseByVehicleId,
                             Collection<? extends Vehicle> vehicles) {
        this.costs = costs;
        Map<String, Location> byId = Map.copyOf(baseByVehicleId);
        this.bases = ByVehicleIndex.of(vehicles, vehicle -> byId.get(vehicle.getId()));
    }

    @Override
    public double getDistance(Location from, Location to, double departureTime, Vehicle vehicle) {
        Location base = baseOf(vehicle, from, to);
        return base == null ? costs.getDistance(from, to, departureTime, vehicle)
                : costs.getDistance(from, base, departureTime, vehicle) + costs.getDistance(base, to, departureTime,
                vehicle);
    }

    @Override
    public double getTransportTime(Location from, Location to, double departureTime, Driver driver, Vehicle vehicle) {
        Location base = baseOf(vehicle, from, to);
        if (base == null) {
            return costs.getTransportTime(from, to, departureTime, driver, vehicle);
        }
        double out = costs.getTransportTime(from, base, departureTime, driver, vehicle);
        return out + costs.getTransportTime(base, to, departureTime + out, driver, vehicle);
    }

    @Override
    public double getBackwardTransportTime(Location from, Location to, double arrivalTime, Driver driver,
                                           Vehicle vehicle) {
        Location base = baseOf(vehicle, from, to);
        if (base == null) {
            return costs.getBackwardTransportTime(from, to, arrivalTime, driver, vehicle);
        }
        double in = costs.getBackwardTransportTime(base, to, arrivalTime, driver, vehicle);
        return in + costs.getBackwardTransportTime(from, base, arrivalTime - in, driver, vehicle);
    }

    @Override
    public double getTransportCost(Location from, Location to, double departureTime, Driver driver, Vehicle vehicle) {
        Location base = baseOf(vehicle, from, to);
        if (base == null) {
            return costs.getTransportCost(from, to, departureTime, driver, vehicle);
        }
        double out = costs.getTransportTime(from, base, departureTime, driver, vehicle);
        return costs.getTransportCost(from, base, departureTime, driver, vehicle)
                + costs.getTransportCost(base, to, departureTime + out, driver, vehicle);
    }

    @Override
    public double getBackwardTransportCost(Location from, Location to, double arrivalTime, Driver driver,
                                           Vehicle vehicle) {
        Location base = baseOf(vehicle, from, to);
        if (base == null) {
            return costs.getBackwardTransportCost(from, to, arrivalTime, driver, vehicle);
        }
        double in = costs.getBackwardTransportTime(base, to, arrivalTime, driver, vehicle);
        return costs.getBackwardTransportCost(base, to, arrivalTime, driver, vehicle)
                + costs.getBackwardTransportCost(from, base, arrivalTime - in, driver, vehicle);
    }

    /** The base to fly through, or null for a direct leg. */
    private Location baseOf(Vehicle vehicle, Location from, Location to) {
        if (vehicle == null) {
            return null;
        }
        Location base = bases.get(vehicle);
        if (base == null || from.getIndex() == base.getIndex() || to.getIndex() == base.getIndex()
                || from.getIndex() == to.getIndex()) {
            return null;
        }
        return base;
    }
}
