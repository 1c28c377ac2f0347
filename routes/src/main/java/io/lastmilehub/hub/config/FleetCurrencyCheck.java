package io.lastmilehub.hub.config;

import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.model.VehicleCosts;
import io.lastmilehub.planning.CostTable;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A depot is planned with the costs of its vehicles (their own, or the cost model's for their mode) in one currency.
 * A fleet whose costs at one depot are in several currencies could never be planned, so it stops the start-up
 * instead of failing every plan of the depot.
 */
@Component
public class FleetCurrencyCheck {

    public FleetCurrencyCheck(HubProperties properties, FleetRegistry fleets, CostModelRegistry costModel) {
        properties.tenants().forEach((tenant, settings) -> {
            for (Depot depot : fleets.fleetOf(tenant).depots()) {
                problem(fleets.fleetOf(tenant), depot, costModel.table()).ifPresent(reason -> {
                    throw new InvalidSettingException("lastmile.tenants." + tenant + ".fleet-file",
                            settings.fleetFile(), reason);
                });
            }
        });
    }

    /** Why the depot's vehicles cannot be planned together, if their costs are in several currencies. */
    public static Optional<String> problem(Fleet fleet, Depot depot, CostTable costTable) {
        Map<String, String> currencyByVehicle = new TreeMap<>();
        for (Vehicle vehicle : fleet.vehiclesAt(depot.getId())) {
            VehicleCosts costs = costTable.costsOf(vehicle);
            if (costs != null && costs.getCurrency() != null) {
                currencyByVehicle.put(vehicle.getId(), costs.getCurrency());
            }
        }
        if (currencyByVehicle.values().stream().distinct().count() <= 1) {
            return Optional.empty();
        }
        return Optional.of("depot " + depot.getId() + ": vehicle costs (own or from " + CostModelRegistry.FILE_NAME
                + ") are in several currencies, a plan needs one: " + currencyByVehicle.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
}
