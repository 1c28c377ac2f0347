package io.lastmilehub.hub.config;

import io.lastmilehub.model.Capacity;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleCosts;
import io.lastmilehub.model.VehicleType;
import io.lastmilehub.planning.CostTable;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FleetCurrencyCheckTest {

    private static final CostTable EUR_TABLE = new CostModelRegistry(Path.of("../config/cost-model.yaml")).table();
    private static final Depot OTTAWA = Depot.builder().id("ottawa").buildUnvalidated();

    @Test
    void whenADepotsVehiclesCostInOneCurrency_itShouldPass() {
        Fleet fleet = fleet(van("van-1", "CAD"), van("van-2", "CAD"));
        assertThat(FleetCurrencyCheck.problem(fleet, OTTAWA, EUR_TABLE)).isEmpty();
    }

    @Test
    void whenOneVehicleTakesTheCostModelsCurrency_itShouldNameEachVehicleAndCurrency() {
        Fleet fleet = fleet(van("van-1", "CAD"), van("bike-1", null));
        assertThat(FleetCurrencyCheck.problem(fleet, OTTAWA, EUR_TABLE)).hasValue("depot ottawa: vehicle costs (own "
                + "or from cost-model.yaml) are in several currencies, a plan needs one: bike-1 EUR, van-1 CAD");
    }

    @Test
    void theShippedFleetsShouldPass() {
        FleetRegistry shipped = new FleetRegistry(BoundProperties.of(Map.of("lastmile.config-dir", "../config",
                "lastmile.tenants.demo.fleet-file", "fleet/demo.yaml")));
        shipped.fleetOf("demo").depots().forEach(depot ->
                assertThat(FleetCurrencyCheck.problem(shipped.fleetOf("demo"), depot, EUR_TABLE)).isEmpty());
    }

    private static Fleet fleet(Vehicle... vehicles) {
        return new Fleet(List.of(OTTAWA), List.of(vehicles), List.of());
    }

    private static Vehicle van(String id, String currency) {
        return Vehicle.builder().id(id).type(VehicleType.VAN).depotId("ottawa").capacity(Capacity.builder().build())
                .costs(currency == null ? null : VehicleCosts.builder().fixed(1).currency(currency).build()).build();
    }
}
