package io.lastmilehub.connectors.support.edi;

import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.SourceRef;

import java.time.ZoneId;
import java.util.Optional;

/**
 * What every order mapped from one interchange shares.
 *
 * @param tenant the tenant the interchange was received for
 * @param source the sender and interchange control number, the idempotency key
 * @param zones  where the zone of the sender's local dates and times comes from
 */
public record EdiContext(String tenant, SourceRef source, LocalZones zones) {

    /** A new order builder with tenant and source set. */
    public DeliveryOrder.DeliveryOrderBuilder order() {
        return DeliveryOrder.builder().tenant(tenant).source(source);
    }

    /** The zone of the sender's local times at an address; empty when none is known (then read as UTC). */
    public Optional<ZoneId> localZone(Address at) {
        return zones.zoneOf(source.getSystem(), at);
    }
}
