package io.lastmilehub.connectors.support.edi;

import io.lastmilehub.connectors.spi.TenantContext;
import io.lastmilehub.connectors.support.geo.RegionZones;
import io.lastmilehub.model.Address;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the time zone of an EDI date or time that names none (X12 DTM and G62 without a time code or with
 * {@code LT}, EDIFACT DTM) comes from, in this order: the sending partner's {@code zone} in its partner file, the
 * zone of the location the time is for (its country or region, {@link RegionZones}), the zone of the tenant's
 * depot. Only when none is known is the time read as UTC.
 */
public final class LocalZones {

    private static final LocalZones NONE = new LocalZones(system -> Optional.empty(), null);

    private final Function<String, Optional<ZoneId>> senderZone;
    private final ZoneId depotZone;

    /**
     * @param senderZone the zone configured for a sender, by its source system ({@code X12:ZZ:MGCTLYST})
     * @param depotZone  the zone of the tenant's depot; null when it has none
     */
    public LocalZones(Function<String, Optional<ZoneId>> senderZone, ZoneId depotZone) {
        this.senderZone = senderZone;
        this.depotZone = depotZone;
    }

    /** No partner or depot zone: only the location tells the zone. */
    public static LocalZones none() {
        return NONE;
    }

    /** The tenant's zones: its partners' zones, then the place's, then its default depot's. */
    public static LocalZones of(TenantContext tenant) {
        return new LocalZones(tenant.partnerZones(), tenant.depotZone());
    }

    /**
     * The zone of local times the sender writes for a place.
     *
     * @param sourceSystem the sender, as the mapper names it
     * @param at           the address the time is for; null when none
     * @return the zone; empty when none is known
     */
    public Optional<ZoneId> zoneOf(String sourceSystem, Address at) {
        return senderZone.apply(sourceSystem).or(() -> RegionZones.of(at)).or(() -> Optional.ofNullable(depotZone));
    }
}
