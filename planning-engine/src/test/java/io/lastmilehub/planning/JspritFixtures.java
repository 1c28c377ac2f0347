package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.job.Delivery;
import com.graphhopper.jsprit.core.problem.misc.JobInsertionContext;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;

/** Small jsprit objects for testing one rule without a solver. */
final class JspritFixtures {

    private JspritFixtures() {
    }

    static Location at(int index) {
        return Location.Builder.newInstance().setIndex(index).setId("L" + index).build();
    }

    static VehicleImpl vehicle(String id, int baseIndex) {
        return VehicleImpl.Builder.newInstance(id).setStartLocation(at(baseIndex))
                .setType(VehicleTypeImpl.Builder.newInstance(id).build()).build();
    }

    /** Inserting a delivery of the given weight (first dimension) at location 1 into an empty route. */
    static JobInsertionContext insertion(String vehicleId, int weight) {
        return insertion(vehicle(vehicleId, 0), Delivery.Builder.newInstance("job").setLocation(at(1))
                .addSizeDimension(0, weight).build());
    }

    static JobInsertionContext insertion(VehicleImpl vehicle, Delivery job) {
        VehicleRoute route = VehicleRoute.Builder.newInstance(vehicle).build();
        return new JobInsertionContext(route, job, vehicle, null, 0);
    }
}
