package io.lastmilehub.planning.dispatch;

import io.lastmilehub.model.VehicleOwnership;

import java.util.List;
import java.util.Objects;

/**
 * How on-demand orders are dispatched (the hub reads them per tenant from {@code lastmile.tenants.<t>.dispatch}): the tiers in
 * order, and which vehicles of a tier are candidates at all.
 *
 * @param tiers              tried in order; a carrier tier ends the search
 * @param maxDistanceKm      proximity: a vehicle further than this (straight line from where it is) from the
 *                           order's first stop is no candidate; 0 for any distance
 * @param maxStopsPerVehicle workload: a vehicle with this many orders still to serve is no candidate; 0 for no limit
 */
public record DispatchRules(List<DispatchTier> tiers, double maxDistanceKm, int maxStopsPerVehicle) {

    /** Own fleet, then contractors, nothing else; no distance or workload limit. */
    public static final DispatchRules OWN_THEN_CONTRACTORS = new DispatchRules(List.of(
            DispatchTier.vehicles("own fleet", VehicleOwnership.OWN),
            DispatchTier.vehicles("contractors", VehicleOwnership.CONTRACTOR)), 0, 0);

    /** @throws IllegalArgumentException if there is no tier or a limit is negative */
    public DispatchRules {
        tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers must not be null"));
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("dispatch rules need at least one tier");
        }
        if (!(maxDistanceKm >= 0) || maxStopsPerVehicle < 0) {
            throw new IllegalArgumentException("maxDistanceKm and maxStopsPerVehicle must not be negative");
        }
    }
}
