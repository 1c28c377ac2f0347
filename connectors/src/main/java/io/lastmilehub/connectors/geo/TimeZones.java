package io.lastmilehub.connectors.geo;

import io.lastmilehub.model.GeoPoint;

import java.time.ZoneId;
import java.util.Optional;

/** The IANA time zone at a point on earth, from the time-zone boundaries shipped with the hub. */
public final class TimeZones {

    /** The zone at the point; empty at sea or where no boundary covers it. */
    public Optional<ZoneId> zoneAt(GeoPoint point) {
        return Optional.empty();
    }
}
