package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.config.Fleet;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleCosts;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code report_route} in step with the stored plans: the routes of the newest plan of a depot's day, as
 * planned (start, end, distance, and the vehicle's energy or fuel per km from the fleet file), for the planned
 * versus driven figures. A newer plan of the day replaces the depot day's routes.
 */
@Component
class ReportRoutes {

    private static final String DELETE = "DELETE FROM report_route WHERE tenant = ? AND depot_id = ? "
            + "AND planning_date = ?";
    private static final String INSERT = "INSERT INTO report_route (tenant, depot_id, planning_date, vehicle_id, "
            + "plan_id, driver_id, vehicle_type, planned_start, planned_end, planned_distance_meters, energy_per_km) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    ReportRoutes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String tenant, LocalDate day, Plan plan, Fleet fleet) {
        jdbc.update(DELETE, tenant, plan.getDepotId(), day);
        for (Route route : plan.getRoutes()) {
            if (route.getStops().isEmpty()) {
                continue;
            }
            jdbc.update(INSERT, tenant, plan.getDepotId(), day, route.getVehicleId(), plan.getId(),
                    route.getDriverId(), route.getVehicleType() == null ? null : route.getVehicleType().name(),
                    ts(route.getStart()), ts(route.getEnd()), route.getDistanceMeters(),
                    energyPerKm(fleet, route.getVehicleId()));
        }
    }

    /** The fleet file's energy (kWh) or fuel (litres) per km of the vehicle, or null when it says none. */
    private static Double energyPerKm(Fleet fleet, String vehicleId) {
        return fleet.vehicles().stream().filter(v -> v.getId().equals(vehicleId)).findFirst()
                .map(Vehicle::getCosts).map(VehicleCosts::getEnergyPerKm).filter(perKm -> perKm > 0).orElse(null);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
