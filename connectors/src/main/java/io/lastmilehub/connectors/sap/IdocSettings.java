package io.lastmilehub.connectors.sap;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the IDoc connector reads what one SAP landscape sends.
 *
 * @param defaultZone   time zone of SAP dates and times that carry none, whose sender has none configured and whose
 *                      place tells none (the tenant's depot's)
 * @param senderZones   time zone per sending partner (SNDPRN, e.g. {@code S4HCLNT100}, or {@link #ANY_SENDER}), for
 *                      dates without a zone, e.g. the requested delivery date of an order
 * @param timeZoneCodes SAP time zone codes (table TTZZ, e.g. {@code CET}) beyond the standard ones the connector
 *                      knows, or overriding them; see {@link SapTimeZones}
 * @param maxBytes      largest payload read, in bytes
 */
public record IdocSettings(ZoneId defaultZone, Map<String, ZoneId> senderZones, Map<String, ZoneId> timeZoneCodes,
                           int maxBytes) {

    /** The key of {@link #senderZones} whose zone is that of every sender without one of its own. */
    public static final String ANY_SENDER = "*";

    /** 16 MiB: more than any delivery, order or shipment IDoc. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    public IdocSettings {
        Objects.requireNonNull(defaultZone, "defaultZone");
        senderZones = Map.copyOf(senderZones);
        timeZoneCodes = Map.copyOf(timeZoneCodes);
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    /** UTC for dates without a zone, no sender zones, the standard SAP time zone codes, 16 MiB. */
    public static IdocSettings defaults() {
        return new IdocSettings(ZoneId.of("UTC"), Map.of(), Map.of(), DEFAULT_MAX_BYTES);
    }

    /** These settings with another default zone. */
    public IdocSettings withDefaultZone(ZoneId zone) {
        return new IdocSettings(zone, senderZones, timeZoneCodes, maxBytes);
    }

    /** These settings with a time zone for one sending partner. */
    public IdocSettings withSenderZone(String senderPartner, ZoneId zone) {
        Map<String, ZoneId> zones = new HashMap<>(senderZones);
        zones.put(senderPartner, zone);
        return new IdocSettings(defaultZone, zones, timeZoneCodes, maxBytes);
    }

    /** The zone configured for a sender, else the one for {@link #ANY_SENDER}, if any. */
    public Optional<ZoneId> senderZone(String senderPartner) {
        return Optional.ofNullable(senderPartner == null ? null : senderZones.get(senderPartner))
                .or(() -> Optional.ofNullable(senderZones.get(ANY_SENDER)));
    }
}
