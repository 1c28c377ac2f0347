package io.lastmilehub.hub.config;

import io.lastmilehub.model.Capacity;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleCosts;
import io.lastmilehub.model.VehicleType;
import io.lastmilehub.planning.CostTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostModelRegistryTest {

    private static final Path SHIPPED = Path.of("../config", CostModelRegistry.FILE_NAME);

    @Test
    void theShippedCostModelShouldPriceEveryModeInItsCurrency() {
        CostTable table = new CostModelRegistry(SHIPPED).table();

        for (VehicleType mode : VehicleType.values()) {
            assertThat(table.costsOf(mode)).as(mode.name()).isNotNull()
                    .extracting(VehicleCosts::getCurrency).isEqualTo("EUR");
        }
        assertThat(table.costsOf(VehicleType.VAN).getFixed()).isEqualTo(60);
        assertThat(table.costsOf(VehicleType.VAN).getCo2GramsPerKm()).isEqualTo(250);
        assertThat(table.costsOf(VehicleType.MULTIROTOR_DRONE).getPerStop()).isEqualTo(0.5);
    }

    @Test
    void aVehiclesOwnCostsShouldWinOverTheTable() {
        CostTable table = new CostModelRegistry(SHIPPED).table();
        VehicleCosts own = VehicleCosts.builder().fixed(1).currency("CAD").build();
        Vehicle.VehicleBuilder van = Vehicle.builder().id("v").type(VehicleType.VAN).depotId("d")
                .capacity(Capacity.builder().build());

        assertThat(table.costsOf(van.costs(own).build())).isSameAs(own);
        assertThat(table.costsOf(van.costs(null).build()).getFixed()).isEqualTo(60);
    }

    @Test
    void whenThereIsNoFile_thereShouldBeNoTable(@TempDir Path dir) {
        assertThat(new CostModelRegistry(dir.resolve(CostModelRegistry.FILE_NAME)).table()).isSameAs(CostTable.NONE);
    }

    @Test
    void whenAValueIsInvalid_theStartShouldFailNamingTheFileAndField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(CostModelRegistry.FILE_NAME);
        Files.writeString(file, "currency: EUR\nmodes:\n  VAN: { fixed: 60, perKm: -1 }\n");

        assertThatThrownBy(() -> new CostModelRegistry(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toAbsolutePath().toString()).hasMessageContaining("perKm");
    }
}
