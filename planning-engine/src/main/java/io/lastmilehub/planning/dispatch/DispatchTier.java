package io.lastmilehub.planning.dispatch;

import io.lastmilehub.model.VehicleOwnership;

import java.util.Objects;

/**
 * One step of the dispatch order: the vehicles of one ownership, or a carrier the order is handed to.
 *
 * @param name      for people and logs, e.g. "own fleet", "contractors", "3PL"
 * @param ownership the vehicles this tier may use; null for a carrier tier
 * @param carrier   the carrier that takes the order when every earlier tier failed; null for a vehicle tier
 */
public record DispatchTier(String name, VehicleOwnership ownership, String carrier) {

    /** @throws IllegalArgumentException unless exactly one of ownership and carrier is given */
    public DispatchTier {
        Objects.requireNonNull(name, "name must not be null");
        if ((ownership == null) == (carrier == null || carrier.isBlank())) {
            throw new IllegalArgumentException("dispatch tier " + name + " needs either an ownership or a carrier");
        }
    }

    /** A tier of the tenant's own or contracted vehicles. */
    public static DispatchTier vehicles(String name, VehicleOwnership ownership) {
        return new DispatchTier(name, Objects.requireNonNull(ownership, "ownership must not be null"), null);
    }

    /** A tier that hands the order to a carrier. */
    public static DispatchTier carrier(String name, String carrier) {
        return new DispatchTier(name, null, carrier);
    }

    /** True when the tier hands orders to a carrier. */
    public boolean isCarrier() {
        return ownership == null;
    }
}
