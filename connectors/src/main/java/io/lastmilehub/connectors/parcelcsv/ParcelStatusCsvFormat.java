package io.lastmilehub.connectors.parcelcsv;

import io.lastmilehub.connectors.spi.ConnectorSetting;
import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundFormat;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.TenantContext;
import io.lastmilehub.connectors.support.carrierstatus.CarrierTrackingSettings;
import io.lastmilehub.connectors.support.carrierstatus.ScanTimes;
import io.lastmilehub.connectors.support.carrierstatus.StatusCodeTable;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Format {@code parcel-status-csv}: the status files European parcel carriers drop on SFTP, one scan a line, with a
 * header line; by default DPD's SCANINFO layout ({@link StatusColumns}). Default scan codes, after DPD's statusdata
 * documentation: {@code 01} consolidation, {@code 02} inbound, {@code 05} pick-up, {@code 08} warehouse, {@code 09}
 * inbound after an exception, {@code 10} hub scan, {@code 12} customs clearance and {@code 15} driver's pick-up
 * DISPATCHED; {@code 03} out for delivery OUT_FOR_DELIVERY; {@code 13} delivered (at the address or collected at a
 * parcel shop) DELIVERED; {@code 04} driver's return (out for delivery, not delivered) and {@code 14} delivery attempt
 * not successful FAILED_ATTEMPT; {@code 06} system return (an exception such as an invalid address) EXCEPTION. A
 * tenant whose carrier (GLS, a DPD country with other codes) writes other codes or columns sets
 * {@code status-codes} and {@code columns}.
 */
public final class ParcelStatusCsvFormat implements InboundFormat {

    static final Map<String, String> SCAN_CODES = Map.ofEntries(
            Map.entry("01", "DISPATCHED"), Map.entry("02", "DISPATCHED"), Map.entry("05", "DISPATCHED"),
            Map.entry("08", "DISPATCHED"), Map.entry("09", "DISPATCHED"), Map.entry("10", "DISPATCHED"),
            Map.entry("12", "DISPATCHED"), Map.entry("15", "DISPATCHED"),
            Map.entry("03", "OUT_FOR_DELIVERY"),
            Map.entry("13", "DELIVERED"),
            Map.entry("04", "FAILED_ATTEMPT"), Map.entry("14", "FAILED_ATTEMPT"),
            Map.entry("06", "EXCEPTION"));

    static final ConnectorSetting<Character> SEPARATOR = ConnectorSetting.character("separator", ";",
            "the field separator of the status files");
    static final ConnectorSetting<Map<String, String>> COLUMNS = ConnectorSetting.table("columns",
            "the header names of the columns, where they differ from DPD's SCANINFO: parcel-number (PARCELNO), "
                    + "status-code (SCAN_CODE), additional-code (ADD_SERVICE_1), timestamp (SCAN_DATE_TIME), or "
                    + "date and time in two columns, depot (DEPOT_CODE), location (LOCATION), country (none: the "
                    + "scan location's country, which gives the zone of its times)");

    @Override
    public String name() {
        return ParcelStatusCsvMapper.FORMAT;
    }

    @Override
    public List<ConnectorSetting<?>> settings() {
        return List.of(SEPARATOR, COLUMNS, CarrierTrackingSettings.ZONE, CarrierTrackingSettings.STATUS_CODES);
    }

    @Override
    public InboundMapper create(ConnectorSettings settings, TenantContext tenant) {
        ZoneId zone = settings.get(CarrierTrackingSettings.ZONE);
        return new ParcelStatusCsvMapper(StatusColumns.of(settings.get(COLUMNS)), settings.get(SEPARATOR),
                new StatusCodeTable("parcel-status-csv", SCAN_CODES,
                        settings.get(CarrierTrackingSettings.STATUS_CODES)),
                new ScanTimes(zone != null ? zone : tenant.depotZone()));
    }
}
