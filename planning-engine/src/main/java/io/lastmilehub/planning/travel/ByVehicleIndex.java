package io.lastmilehub.planning.travel;

import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;

import java.util.Collection;
import java.util.function.Function;

/**
 * A value per jsprit vehicle, looked up by the index jsprit gives each vehicle of a problem: the transport costs are
 * asked millions of times per plan, and a look-up by the vehicle's id or profile (a hash map probed with a string)
 * took about as long as the matrix read it was for. A vehicle this table was not built with (another problem's, one
 * without an index, such as jsprit's {@code VehicleImpl.copyOf}) gets the fallback's answer.
 *
 * @param <T> the value
 */
public final class ByVehicleIndex<T> {

    /**
     * Each index's vehicle id, compared by reference, so that a vehicle of another problem with the same index is not
     * taken for this one's (the search's vehicles are the very objects the problem was built with).
     */
    private final String[] ids;
    private final Object[] values;
    private final Function<Vehicle, T> fallback;

    private ByVehicleIndex(String[] ids, Object[] values, Function<Vehicle, T> fallback) {
        this.ids = ids;
        this.values = values;
        this.fallback = fallback;
    }

    /**
     * @param vehicles the problem's vehicles, with their indices set (added to jsprit's problem builder)
     * @param value    the value of one vehicle; also the answer for vehicles not among them
     */
    public static <T> ByVehicleIndex<T> of(Collection<? extends Vehicle> vehicles, Function<Vehicle, T> value) {
        int size = vehicles.stream().mapToInt(Vehicle::getIndex).max().orElse(-1) + 1;
        String[] ids = new String[size];
        Object[] values = new Object[size];
        for (Vehicle vehicle : vehicles) {
            ids[vehicle.getIndex()] = vehicle.getId();
            values[vehicle.getIndex()] = value.apply(vehicle);
        }
        return new ByVehicleIndex<>(ids, values, value);
    }

    /** The vehicle's value. */
    @SuppressWarnings("unchecked")
    public T get(Vehicle vehicle) {
        int index = vehicle.getIndex();
        if (index >= 0 && index < ids.length && ids[index] == vehicle.getId()) {
            return (T) values[index];
        }
        return fallback.apply(vehicle);
    }
}
