package io.lastmilehub.connectors.sap;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the IDoc connector reads what one SAP landscape sends.
 *
 * @param defaultZone   time zone of SAP dates and times that carry none and whose sender has none configured
 * @param senderZones   time zone per sending partner (SNDPRN, e.g. {@code S4HCLNT100}), for dates without a zone,
 *                      e.g. the requested delivery date of an order
 * @param timeZoneCodes SAP time zone codes (table TTZZ, e.g. {@code CET}) beyond the standard ones the connector
 *                      knows, or overriding them; see {@link SapTimeZones}
 * @param maxBytes      largest payload read, in bytes
 */
public record IdocSettings(ZoneId defaultZone, Map<String, ZoneId> senderZones, Map<String, ZoneId> timeZoneCodes,
                           int maxBytes) {

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

    /** The zone of a sender's dates that carry none: its configured zone, else the default. */
    public ZoneId zoneOf(String senderPartner) {
        return senderPartner == null ? defaultZone : senderZones.getOrDefault(senderPartner, defaultZone);
    }
}
