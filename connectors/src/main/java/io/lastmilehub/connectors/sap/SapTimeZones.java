package io.lastmilehub.connectors.sap;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SAP time zone codes (table TTZZ, as in E1EDT13-TZONE_BEG or E1ADRM1-TZCODE) to IANA zones. SAP's codes are its
 * own: its EST follows US daylight saving time, unlike the fixed UTC-5 that {@code ZoneId.of("EST")} would give.
 * The table holds the standard codes most systems use; a landscape adds or overrides codes through
 * {@link IdocSettings#timeZoneCodes()}. A code that already is an IANA zone id (with a slash, e.g.
 * {@code Europe/Berlin}) and SAP's fixed-offset codes {@code UTC+1} ... {@code UTC-12} are read as such.
 */
final class SapTimeZones {

    private static final Map<String, String> STANDARD = Map.ofEntries(
            Map.entry("UTC", "UTC"),
            Map.entry("GMTUK", "Europe/London"),        // United Kingdom
            Map.entry("WET", "Europe/Lisbon"),          // Western Europe with EU daylight saving time
            Map.entry("CET", "Europe/Berlin"),          // Central Europe with EU daylight saving time
            Map.entry("EET", "Europe/Helsinki"),        // Eastern Europe with EU daylight saving time
            Map.entry("RUS03", "Europe/Moscow"),        // Moscow
            Map.entry("INDIA", "Asia/Kolkata"),
            Map.entry("JAPAN", "Asia/Tokyo"),
            Map.entry("AUSNSW", "Australia/Sydney"),    // New South Wales
            Map.entry("AUSVIC", "Australia/Melbourne"), // Victoria
            Map.entry("AUSQLD", "Australia/Brisbane"),  // Queensland
            Map.entry("AUSSA", "Australia/Adelaide"),   // South Australia
            Map.entry("AUSWA", "Australia/Perth"),      // Western Australia
            Map.entry("AUSNT", "Australia/Darwin"),     // Northern Territory
            Map.entry("EST", "America/New_York"),       // US Eastern with daylight saving time
            Map.entry("CST", "America/Chicago"),        // US Central with daylight saving time
            Map.entry("MST", "America/Denver"),         // US Mountain with daylight saving time
            Map.entry("MSTNO", "America/Phoenix"),      // US Mountain without daylight saving time (Arizona)
            Map.entry("PST", "America/Los_Angeles"),    // US Pacific with daylight saving time
            Map.entry("ALAW", "America/Anchorage"),     // Alaska
            Map.entry("HAW", "Pacific/Honolulu"),       // Hawaii
            Map.entry("BRAZIL", "America/Sao_Paulo"));

    /** SAP's fixed offsets: UTC+1 is one hour east of UTC, all year. */
    private static final Pattern FIXED_OFFSET = Pattern.compile("UTC([+-])(\\d{1,2})");

    private final Map<String, ZoneId> codes = new HashMap<>();

    SapTimeZones(Map<String, ZoneId> extra) {
        STANDARD.forEach((code, zone) -> codes.put(code, ZoneId.of(zone)));
        codes.putAll(extra);
    }

    /** The zone of a code; empty when the code is unknown. */
    Optional<ZoneId> zone(String code) {
        ZoneId known = codes.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Matcher offset = FIXED_OFFSET.matcher(code);
        if (offset.matches()) {
            // IANA's Etc zones count the other way round: Etc/GMT-1 is one hour east of UTC.
            String sign = offset.group(1).equals("+") ? "-" : "+";
            return iana("Etc/GMT" + sign + Integer.parseInt(offset.group(2)));
        }
        return code.contains("/") ? iana(code) : Optional.empty();
    }

    private static Optional<ZoneId> iana(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
