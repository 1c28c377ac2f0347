package io.lastmilehub.connectors.support.geo;

import io.lastmilehub.model.Address;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone of an address from its country and region alone, for local times that must be read before the
 * address has coordinates (EDI and IDoc dates without a zone). A country in one zone gives it; in the United
 * States, Canada and Australia the state or province does, as senders write it (ISO 3166-2 subdivision codes, e.g.
 * {@code WI}, {@code ON}, {@code NSW}). A state split between two zones gets the zone most of its people live in
 * (Texas: Central, Florida: Eastern); coordinates, once known, are more precise ({@link TimeZones#zoneAt}).
 */
public final class RegionZones {

    /** Countries that keep one zone (mainland, where islands differ). */
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("DE", "Europe/Berlin"), Map.entry("NL", "Europe/Amsterdam"), Map.entry("BE", "Europe/Brussels"),
            Map.entry("LU", "Europe/Luxembourg"), Map.entry("FR", "Europe/Paris"), Map.entry("GB", "Europe/London"),
            Map.entry("IE", "Europe/Dublin"), Map.entry("IT", "Europe/Rome"), Map.entry("ES", "Europe/Madrid"),
            Map.entry("PT", "Europe/Lisbon"), Map.entry("AT", "Europe/Vienna"), Map.entry("CH", "Europe/Zurich"),
            Map.entry("PL", "Europe/Warsaw"), Map.entry("CZ", "Europe/Prague"), Map.entry("SK", "Europe/Bratislava"),
            Map.entry("HU", "Europe/Budapest"), Map.entry("SI", "Europe/Ljubljana"), Map.entry("HR", "Europe/Zagreb"),
            Map.entry("RO", "Europe/Bucharest"), Map.entry("BG", "Europe/Sofia"), Map.entry("GR", "Europe/Athens"),
            Map.entry("DK", "Europe/Copenhagen"), Map.entry("SE", "Europe/Stockholm"), Map.entry("NO", "Europe/Oslo"),
            Map.entry("FI", "Europe/Helsinki"), Map.entry("EE", "Europe/Tallinn"), Map.entry("LV", "Europe/Riga"),
            Map.entry("LT", "Europe/Vilnius"), Map.entry("TR", "Europe/Istanbul"), Map.entry("IL", "Asia/Jerusalem"),
            Map.entry("AE", "Asia/Dubai"), Map.entry("IN", "Asia/Kolkata"), Map.entry("CN", "Asia/Shanghai"),
            Map.entry("HK", "Asia/Hong_Kong"), Map.entry("JP", "Asia/Tokyo"), Map.entry("KR", "Asia/Seoul"),
            Map.entry("SG", "Asia/Singapore"), Map.entry("ZA", "Africa/Johannesburg"),
            Map.entry("NZ", "Pacific/Auckland"), Map.entry("PR", "America/Puerto_Rico"));

    /** Subdivisions of countries with several zones, keyed {@code <country>-<region>}. */
    private static final Map<String, String> REGIONS = regions();

    private RegionZones() {
    }

    /** The zone of the address's country or region; empty when neither tells it. */
    public static Optional<ZoneId> of(Address address) {
        if (address == null || address.getCountryCode() == null) {
            return Optional.empty();
        }
        String country = address.getCountryCode().strip().toUpperCase(Locale.ROOT);
        String region = address.getRegion() == null ? "" : address.getRegion().strip().toUpperCase(Locale.ROOT);
        String zone = REGIONS.getOrDefault(country + "-" + region, COUNTRIES.get(country));
        return Optional.ofNullable(zone).map(ZoneId::of);
    }

    private static Map<String, String> regions() {
        Map<String, String> regions = new HashMap<>();
        put(regions, "US", "America/New_York", "CT", "DE", "DC", "FL", "GA", "ME", "MD", "MA", "NH", "NJ", "NY",
                "NC", "OH", "PA", "RI", "SC", "VT", "VA", "WV");
        put(regions, "US", "America/Detroit", "MI");
        put(regions, "US", "America/Indiana/Indianapolis", "IN");
        put(regions, "US", "America/Kentucky/Louisville", "KY");
        put(regions, "US", "America/Chicago", "AL", "AR", "IL", "IA", "KS", "LA", "MN", "MS", "MO", "NE", "ND",
                "OK", "SD", "TN", "TX", "WI");
        put(regions, "US", "America/Denver", "CO", "MT", "NM", "UT", "WY");
        put(regions, "US", "America/Boise", "ID");
        put(regions, "US", "America/Phoenix", "AZ");
        put(regions, "US", "America/Los_Angeles", "CA", "NV", "OR", "WA");
        put(regions, "US", "America/Anchorage", "AK");
        put(regions, "US", "Pacific/Honolulu", "HI");
        put(regions, "US", "America/Puerto_Rico", "PR");
        put(regions, "CA", "America/Toronto", "ON", "QC");
        put(regions, "CA", "America/Vancouver", "BC");
        put(regions, "CA", "America/Edmonton", "AB");
        put(regions, "CA", "America/Regina", "SK");
        put(regions, "CA", "America/Winnipeg", "MB");
        put(regions, "CA", "America/Halifax", "NS", "PE");
        put(regions, "CA", "America/Moncton", "NB");
        put(regions, "CA", "America/St_Johns", "NL");
        put(regions, "CA", "America/Whitehorse", "YT");
        put(regions, "CA", "America/Yellowknife", "NT");
        put(regions, "CA", "America/Iqaluit", "NU");
        put(regions, "AU", "Australia/Sydney", "NSW", "ACT");
        put(regions, "AU", "Australia/Melbourne", "VIC");
        put(regions, "AU", "Australia/Brisbane", "QLD");
        put(regions, "AU", "Australia/Adelaide", "SA");
        put(regions, "AU", "Australia/Perth", "WA");
        put(regions, "AU", "Australia/Hobart", "TAS");
        put(regions, "AU", "Australia/Darwin", "NT");
        return Map.copyOf(regions);
    }

    private static void put(Map<String, String> regions, String country, String zone, String... codes) {
        for (String code : codes) {
            regions.put(country + "-" + code, zone);
        }
    }
}
