package io.lastmilehub.connectors.wms;

import io.lastmilehub.connectors.spi.ConnectorSetting;
import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundFormat;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InvalidConnectorSettingException;
import io.lastmilehub.connectors.spi.TenantContext;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Format {@code wms-csv}, in the {@link CsvLayout} of the tenant's warehouse system. */
public final class WmsCsvFormat implements InboundFormat {

    static final ConnectorSetting<String> SYSTEM = ConnectorSetting.text("system", "wms",
            "the warehouse system's name, part of the idempotency key");
    static final ConnectorSetting<Character> DELIMITER = ConnectorSetting.character("delimiter", ",",
            "the field separator");
    static final ConnectorSetting<Boolean> HEADER = ConnectorSetting.flag("header", true,
            "whether the first line names the columns; without one, columns are numbers (1 = first)");
    static final ConnectorSetting<Map<String, String>> COLUMNS = ConnectorSetting.table("columns",
            "the column of each field the file has: " + String.join(", ", CsvLayout.FIELDS) + "; fields left out "
                    + "are not read; none: the standard layout, a header naming each field");
    static final ConnectorSetting<ZoneId> ZONE = ConnectorSetting.zone("zone", "UTC",
            "time zone of times without an offset");
    static final ConnectorSetting<String> WEIGHT_UNIT = ConnectorSetting.choice("weight-unit", "kg",
            CsvLayout.WEIGHT_UNITS, "unit of the weight column");
    static final ConnectorSetting<String> LENGTH_UNIT = ConnectorSetting.choice("length-unit", "cm",
            CsvLayout.LENGTH_UNITS, "unit of the length, width and height columns");

    @Override
    public String name() {
        return WmsCsvMapper.FORMAT;
    }

    @Override
    public List<ConnectorSetting<?>> settings() {
        return List.of(SYSTEM, DELIMITER, HEADER, COLUMNS, ZONE, WEIGHT_UNIT, LENGTH_UNIT);
    }

    @Override
    public InboundMapper create(ConnectorSettings settings, TenantContext tenant) {
        String system = settings.get(SYSTEM);
        char delimiter = settings.get(DELIMITER);
        boolean header = settings.get(HEADER);
        Map<String, String> columns = settings.get(COLUMNS);
        ZoneId zone = settings.get(ZONE);
        String weightUnit = settings.get(WEIGHT_UNIT);
        String lengthUnit = settings.get(LENGTH_UNIT);
        try {
            return new WmsCsvMapper(new CsvLayout(system, delimiter, header,
                    columns.isEmpty() ? CsvLayout.standard().columns() : columns, zone, weightUnit, lengthUnit));
        } catch (IllegalArgumentException e) {
            // The units are checked as choices above: what the layout refuses is a column.
            throw new InvalidConnectorSettingException(COLUMNS.name(), columns.toString(), e.getMessage());
        }
    }
}
