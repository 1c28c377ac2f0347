package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.support.geo.RegionZones;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.SourceRef;

import java.time.ZoneId;
import java.util.Optional;

/**
 * What every order mapped from one IDoc shares.
 *
 * @param tenant     tenant the IDoc was received for
 * @param source     the sending system and DOCNUM
 * @param senderZone  the zone configured for the sender, if any
 * @param defaultZone the zone of dates that carry none when neither the sender nor the place tells one
 * @param times       reads SAP dates, times and time zones
 */
record IdocContext(String tenant, SourceRef source, Optional<ZoneId> senderZone, ZoneId defaultZone,
                   SapTimes times) {

    /** The zone of the sender's dates without a zone for a place: the sender's, the place's, else the default. */
    ZoneId zoneAt(Address place) {
        return senderZone.or(() -> RegionZones.of(place)).orElse(defaultZone);
    }
}
