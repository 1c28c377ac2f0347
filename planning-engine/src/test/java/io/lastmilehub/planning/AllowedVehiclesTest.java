package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.misc.JobInsertionContext;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AllowedVehiclesTest {

    private static final Location DEPOT = Location.newInstance(0, 0);
    private static final Service JOB = Service.Builder.newInstance("job").setLocation(Location.newInstance(1, 1))
            .build();

    @Test
    void whenTheVehicleIsAllowed_theInsertionShouldBeFulfilled() {
        assertThat(new AllowedVehicles(Set.of("van-1", "van-2")).fulfilled(insertingOnto(vehicle("van-2"))))
                .isTrue();
    }

    @Test
    void whenTheVehicleWasLeftOut_theInsertionShouldBeRejected() {
        assertThat(new AllowedVehicles(Set.of("van-1", "van-2")).fulfilled(insertingOnto(vehicle("van-3"))))
                .isFalse();
    }

    private static Vehicle vehicle(String id) {
        return VehicleImpl.Builder.newInstance(id).setStartLocation(DEPOT).build();
    }

    private static JobInsertionContext insertingOnto(Vehicle vehicle) {
        return new JobInsertionContext(VehicleRoute.emptyRoute(), JOB, vehicle, null, 0);
    }
}
