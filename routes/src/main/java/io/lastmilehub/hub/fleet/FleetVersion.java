package io.lastmilehub.hub.fleet;

import java.time.Instant;

/**
 * One stored version of a vehicle, driver or availability.
 *
 * @param itemId    the vehicle's or driver's id
 * @param version   1, 2, … per item
 * @param document  the item as JSON
 * @param retired   whether this version ends the item (its document is the last one it had)
 * @param validFrom from when it holds
 * @param validTo   until when it held; null while it is the current version
 * @param source    who made it
 * @param changedBy the API caller's tenant or the fleet file
 * @param changedAt when it was stored (the same as validFrom but for the first seed from a fleet file)
 */
public record FleetVersion(String itemId, int version, String document, boolean retired, Instant validFrom,
                           Instant validTo, FleetSource source, String changedBy, Instant changedAt) {
}
