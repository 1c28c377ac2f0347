package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Delivery;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Pickup;
import com.graphhopper.jsprit.core.problem.job.Shipment;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;

import java.util.Map;

/**
 * The stops of vehicles under way as jsprit initial routes. jsprit never takes a job of an initial route out again,
 * so dispatched orders stay on their vehicle in their order; new jobs may be inserted between them. A pair whose
 * both ends are still ahead keeps both; the caller passes a pair whose goods are already on board as a plain
 * delivery (without {@code pickupFrom}).
 */
final class InitialRoutes {

    private final CurrentRoutes current;
    private final Map<String, VehicleImpl> vehicles;
    private final Map<String, Job> jobs;

    /**
     * @param current  the routes under way
     * @param vehicles jsprit vehicles by id
     * @param jobs     jsprit jobs of the plannable orders by order id; fixed orders that are not plannable are left
     *                 out (the engine reports them)
     */
    InitialRoutes(CurrentRoutes current, Map<String, VehicleImpl> vehicles, Map<String, Job> jobs) {
        this.current = current;
        this.vehicles = vehicles;
        this.jobs = jobs;
    }

    void addTo(VehicleRoutingProblem.Builder problem) {
        for (VehicleProgress progress : current.vehicles()) {
            VehicleImpl vehicle = vehicles.get(progress.vehicleId());
            if (vehicle == null || progress.fixedOrderIds().stream().noneMatch(jobs::containsKey)) {
                continue;
            }
            VehicleRoute.Builder route = VehicleRoute.Builder.newInstance(vehicle);
            for (String orderId : progress.fixedOrderIds()) {
                Job job = jobs.get(orderId);
                if (job instanceof Shipment shipment) {
                    route.addPickup(shipment).addDelivery(shipment);
                } else if (job instanceof Pickup pickup) {
                    route.addPickup(pickup);
                } else if (job instanceof Delivery delivery) {
                    route.addDelivery(delivery);
                }
            }
            problem.addInitialVehicleRoute(route.build());
        }
    }
}
