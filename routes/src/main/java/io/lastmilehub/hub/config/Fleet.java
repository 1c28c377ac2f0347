package io.lastmilehub.hub.config;

import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Driver;
import io.lastmilehub.model.Vehicle;

import java.util.List;
import java.util.Optional;

/**
 * A tenant's depots, vehicles and drivers, as written in its fleet file (canonical model field names, in YAML).
 */
public record Fleet(List<Depot> depots, List<Vehicle> vehicles, List<Driver> drivers) {

    public static final Fleet EMPTY = new Fleet(List.of(), List.of(), List.of());

    public Fleet {
        depots = depots == null ? List.of() : List.copyOf(depots);
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        drivers = drivers == null ? List.of() : List.copyOf(drivers);
    }

    public Optional<Depot> depot(String id) {
        return depots.stream().filter(d -> d.getId().equals(id)).findFirst();
    }

    public List<Vehicle> vehiclesAt(String depotId) {
        return vehicles.stream().filter(v -> v.getDepotId().equals(depotId)).toList();
    }
}
