package io.lastmilehub.hub.config;

import io.lastmilehub.model.Depot;
import io.lastmilehub.model.RushHour;
import io.lastmilehub.model.TrafficZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The shipped fleet file, read as the hub reads it. */
class FleetRegistryTest {

    private final FleetRegistry shipped = new FleetRegistry(BoundProperties.of(Map.of("lastmile.config-dir",
            "../config", "lastmile.tenants.demo.fleet-file", "fleet/demo.yaml")));

    @Test
    void whenTheShippedFleetIsRead_theDepotsRushHoursShouldBeItsTrafficZones() {
        Depot ottawa = shipped.fleetOf("demo").depots().get(0);

        assertThat(ottawa.getTraffic()).singleElement().satisfies(zone -> {
            assertThat(zone.getName()).isEqualTo("downtown");
            assertThat(zone.getRadiusKm()).isEqualTo(3);
            assertThat(zone.getRushHours()).extracting(RushHour::getFrom, RushHour::getTo, RushHour::getFactor)
                    .containsExactly(tuple(LocalTime.of(7, 30), LocalTime.of(9, 0), 1.6),
                            tuple(LocalTime.of(16, 0), LocalTime.of(18, 0), 1.5));
            assertThat(zone.getRushHours().get(0).appliesOn(DayOfWeek.SATURDAY)).isFalse();
            assertThat(zone.getRushHours().get(0).appliesOn(DayOfWeek.MONDAY)).isTrue();
            assertThat(zone.contains(ottawa.getLocation())).isTrue();
        });
    }

    @Test
    void whenAFleetFileGivesAFigureNoNumberHolds_theHubShouldRefuseItNamingTheField(@TempDir Path config) {
        assertThatThrownBy(() -> readFleet(config, """
                vehicles:
                  - id: van-1
                    type: VAN
                    depotId: ottawa
                    capacity: { weightKg: 900 }
                    rangeKm: 1e999
                    costs: { perKm: -1e999, currency: CAD }
                """))
                .hasMessageContaining("fleet/acme.yaml")
                .hasMessageContaining("costs.perKm: must be a finite number")
                .hasMessageContaining("rangeKm: must be a finite number");
    }

    @Test
    void whenTheYamlParserRefusesANumber_theHubShouldNameTheFileTheFieldAndTheLine(@TempDir Path config) {
        assertThatThrownBy(() -> readFleet(config, """
                vehicles:
                  - id: van-1
                    type: VAN
                    depotId: ottawa
                    rangeKm: .inf
                """))
                .hasMessageContaining("fleet/acme.yaml")
                .hasMessageContaining("vehicles[0].rangeKm: ")
                .hasMessageContaining("(line 5, column");
    }

    @Test
    void whenADepotStatesNoTraffic_itShouldDriveAtFreeFlow() {
        assertThat(Depot.builder().id("d").buildUnvalidated().getTraffic()).isEmpty();
        assertThat(TrafficZone.builder().name("z").buildUnvalidated().getRushHours()).isEmpty();
    }

    /** Reads a fleet file of tenant acme with this content, as the hub does at start-up. */
    private static FleetRegistry readFleet(Path config, String yaml) throws IOException {
        Files.createDirectories(config.resolve("fleet"));
        Files.writeString(config.resolve("fleet/acme.yaml"), yaml);
        return new FleetRegistry(BoundProperties.of(Map.of("lastmile.config-dir", config.toString(),
                "lastmile.tenants.acme.fleet-file", "fleet/acme.yaml")));
    }
}
