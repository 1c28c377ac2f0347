package io.lastmilehub.hub.fleet;

import io.lastmilehub.hub.config.Fleet;
import io.lastmilehub.model.Capacity;
import io.lastmilehub.model.Driver;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleType;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class FleetOfTheDayTest {

    /** A Tuesday. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 22);
    private static final Fleet FLEET = new Fleet(List.of(), List.of(vehicle("van-1", VehicleType.VAN),
            vehicle("drone-1", VehicleType.MULTIROTOR_DRONE), vehicle("van-2", VehicleType.VAN)),
            List.of(driver("drv-ana", "van-1"), driver("drv-dee", "drone-1"), driver("drv-bo", "van-2")));

    @Test
    void whenADriverHasTheDayOff_itShouldHaveNoRouteAndItsVanShouldStayIn() {
        Fleet planned = FleetOfTheDay.available(FLEET, Map.of("drv-ana", new DriverAvailability(null,
                new TreeSet<>(Set.of(DAY)))), DAY);

        assertThat(planned.drivers()).extracting(Driver::getId).containsExactly("drv-dee", "drv-bo");
        assertThat(planned.vehicles()).extracting(Vehicle::getId).containsExactly("drone-1", "van-2");
    }

    @Test
    void whenTheDayIsNotAWorkingDay_theDriverShouldBeOffOnlyThatDay() {
        Map<String, DriverAvailability> mondays = Map.of("drv-bo", new DriverAvailability(Set.of(DayOfWeek.MONDAY),
                null));

        assertThat(FleetOfTheDay.available(FLEET, mondays, DAY).vehicles()).extracting(Vehicle::getId)
                .doesNotContain("van-2");
        assertThat(FleetOfTheDay.available(FLEET, mondays, DAY.minusDays(1)).vehicles()).extracting(Vehicle::getId)
                .contains("van-2");
    }

    @Test
    void whenTheDriverOfAnUncrewedVehicleIsOff_theVehicleShouldStillFly() {
        Fleet planned = FleetOfTheDay.available(FLEET, Map.of("drv-dee", new DriverAvailability(
                Set.of(DayOfWeek.SUNDAY), null)), DAY);

        assertThat(planned.vehicles()).extracting(Vehicle::getId).contains("drone-1");
        assertThat(planned.drivers()).extracting(Driver::getId).doesNotContain("drv-dee");
    }

    @Test
    void whenNoAvailabilityIsStored_everyDriverShouldWork() {
        assertThat(FleetOfTheDay.available(FLEET, Map.of(), DAY)).isEqualTo(FLEET);
    }

    private static Vehicle vehicle(String id, VehicleType type) {
        return Vehicle.builder().id(id).type(type).depotId("ottawa").capacity(Capacity.builder().build()).build();
    }

    private static Driver driver(String id, String vehicleId) {
        return Driver.builder().id(id).vehicleId(vehicleId).build();
    }
}
