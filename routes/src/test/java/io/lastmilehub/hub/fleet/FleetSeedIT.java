package io.lastmilehub.hub.fleet;

import io.lastmilehub.hub.config.Fleet;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.model.Capacity;
import io.lastmilehub.model.Driver;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which side wins between a tenant's fleet file and the fleet API, over restarts: each {@link FleetSeed#seed} call
 * is what a start-up does with the file as it then reads (tenant "seeded" exists only in the store).
 */
class FleetSeedIT extends HubIntegrationTest {

    private static final String TENANT = "seeded";
    private static final String FILE = "fleet/seeded.yaml";

    @Autowired
    private FleetSeed seed;
    @Autowired
    private FleetStore store;
    @Autowired
    private FleetChanges changes;

    @Test
    void theFileShouldWinForWhatOnlyItChangedAndTheApiForWhatTheApiChanged() {
        FleetSeed.Outcome first = seed.seed(TENANT, file(List.of(van("van-1", 900), van("van-2", 900)),
                List.of(driver("drv-x", "van-1"))), FILE);
        assertThat(first.seededCount()).isEqualTo(3);

        FleetSeed.Outcome sameFileAgain = seed.seed(TENANT, file(List.of(van("van-1", 900), van("van-2", 900)),
                List.of(driver("drv-x", "van-1"))), FILE);
        assertThat(sameFileAgain.toString()).startsWith("0 stored for the first time, 0 changed, 0 retired, 0 kept");
        assertThat(vehicle("van-1").version()).isEqualTo(1);

        changes.update(TENANT, FleetKind.VEHICLE, "van-2", van("van-2", 700));
        FleetSeed.Outcome editedFile = seed.seed(TENANT, file(List.of(van("van-1", 950), van("van-2", 100),
                van("van-3", 500)), List.of()), FILE);

        assertThat(editedFile.seededCount()).as("van-3").isEqualTo(1);
        assertThat(editedFile.changedCount()).as("van-1").isEqualTo(1);
        assertThat(editedFile.retiredCount()).as("drv-x, left out of the file").isEqualTo(1);
        assertThat(editedFile.keptFromApi()).containsExactly("vehicle van-2");
        assertThat(vehicle("van-1").item().getCapacity().getWeightKg()).isEqualTo(950);
        assertThat(vehicle("van-1").source()).isEqualTo(FleetSource.FILE);
        assertThat(vehicle("van-2").item().getCapacity().getWeightKg()).isEqualTo(700);
        assertThat(vehicle("van-2").source()).isEqualTo(FleetSource.API);
        assertThat(store.fleetAsOf(TENANT, CLOCK.instant()).drivers()).isEmpty();
        assertThat(store.fleetAsOf(TENANT, Instant.EPOCH).drivers()).extracting(Driver::getId)
                .containsExactly("drv-x");
        assertThat(store.fleetAsOf(TENANT, Instant.EPOCH).vehicles()).extracting(Vehicle::getId)
                .as("the first seeding since ever, a vehicle added to the file later from then on")
                .containsExactly("van-1", "van-2");

        FleetSeed.Outcome restart = seed.seed(TENANT, file(List.of(van("van-1", 950), van("van-2", 100),
                van("van-3", 500)), List.of()), FILE);
        assertThat(restart.seededCount() + restart.changedCount() + restart.retiredCount()).isZero();
        assertThat(restart.keptFromApi()).as("warned again at every start").containsExactly("vehicle van-2");
        assertThat(vehicle("van-1").version()).isEqualTo(2);
    }

    private FleetEntry<Vehicle> vehicle(String id) {
        return store.entry(TENANT, FleetKind.VEHICLE, id, Vehicle.class, CLOCK.instant()).orElseThrow();
    }

    private static Fleet file(List<Vehicle> vehicles, List<Driver> drivers) {
        return new Fleet(List.of(), vehicles, drivers);
    }

    private static Vehicle van(String id, double weightKg) {
        return Vehicle.builder().id(id).type(VehicleType.VAN).depotId("ottawa")
                .capacity(Capacity.builder().weightKg(weightKg).build()).build();
    }

    private static Driver driver(String id, String vehicleId) {
        return Driver.builder().id(id).vehicleId(vehicleId).build();
    }
}
