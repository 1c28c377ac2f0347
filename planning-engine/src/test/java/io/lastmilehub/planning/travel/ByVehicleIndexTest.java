package io.lastmilehub.planning.travel;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ByVehicleIndexTest {

    private final List<String> askedFallback = new ArrayList<>();
    private final Function<Vehicle, String> profile = vehicle -> {
        askedFallback.add(vehicle.getId());
        return vehicle.getType().getProfile();
    };

    @Test
    void aVehicleOfTheProblemShouldGetItsValueByItsIndex_withoutAskingAgain() {
        VehicleImpl van = vehicle("van-1", "car");
        VehicleImpl bike = vehicle("bike-1", "bike");
        indexed(van, bike);
        ByVehicleIndex<String> byIndex = ByVehicleIndex.of(List.of(van, bike), profile);
        askedFallback.clear();

        assertThat(byIndex.get(van)).isEqualTo("car");
        assertThat(byIndex.get(bike)).isEqualTo("bike");
        assertThat(askedFallback).isEmpty();
    }

    @Test
    void aVehicleItWasNotBuiltWith_shouldGetTheFallbacksAnswer() {
        VehicleImpl van = vehicle("van-1", "car");
        indexed(van);
        ByVehicleIndex<String> byIndex = ByVehicleIndex.of(List.of(van), profile);
        VehicleImpl sameIndexOtherProblem = vehicle("van-2", "truck");
        indexed(sameIndexOtherProblem);
        VehicleImpl withoutIndex = vehicle("bike-9", "bike");
        askedFallback.clear();

        assertThat(byIndex.get(sameIndexOtherProblem)).isEqualTo("truck");
        assertThat(byIndex.get(withoutIndex)).isEqualTo("bike");
        assertThat(byIndex.get(VehicleImpl.copyOf(van))).as("jsprit's copy has no index").isEqualTo("car");
        assertThat(askedFallback).containsExactly("van-2", "bike-9", "van-1");
    }

    /** Adds the vehicles to a jsprit problem, which gives each its index. */
    private static void indexed(VehicleImpl... vehicles) {
        VehicleRoutingProblem.Builder problem = VehicleRoutingProblem.Builder.newInstance();
        for (VehicleImpl vehicle : vehicles) {
            problem.addVehicle(vehicle);
        }
    }

    private static VehicleImpl vehicle(String id, String profile) {
        return VehicleImpl.Builder.newInstance(id).setStartLocation(Location.newInstance(0))
                .setType(VehicleTypeImpl.Builder.newInstance(id).setProfile(profile).build()).build();
    }
}
