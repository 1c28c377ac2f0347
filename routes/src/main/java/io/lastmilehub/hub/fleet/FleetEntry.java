package io.lastmilehub.hub.fleet;

import java.time.Instant;

/**
 * A vehicle, driver or availability as the fleet API shows it: the item and the version it is.
 *
 * @param item      the vehicle, driver or availability
 * @param version   1, 2, … per item
 * @param validFrom from when this version holds
 * @param validTo   until when it held; left out while it is current
 * @param source    FILE (the tenant's fleet file) or API
 * @param changedBy who made it: "api:" and the tenant, or "file:" and the fleet file
 * @param changedAt when it was stored
 */
public record FleetEntry<T>(T item, int version, Instant validFrom, Instant validTo, FleetSource source,
                            String changedBy, Instant changedAt) {

    static <T> FleetEntry<T> of(FleetVersion version, T item) {
        return new FleetEntry<>(item, version.version(), version.validFrom(), version.validTo(), version.source(),
                version.changedBy(), version.changedAt());
    }
}
