package io.lastmilehub.hub.inbound;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The zone a tenant's trading partner writes dates and times in when they name none (its partner file says), for the
 * tenant's mappers. Implemented by the EDI feature, which reads the partner files.
 */
public interface PartnerZones {

    /** @param sourceSystem the sender as the message names it, e.g. {@code X12:ZZ:MGCTLYST} */
    Optional<ZoneId> localZone(String tenant, String sourceSystem);
}
