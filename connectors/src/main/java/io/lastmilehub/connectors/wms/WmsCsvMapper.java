package io.lastmilehub.connectors.wms;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Format {@code wms-csv}: pick, pack and ship confirmations of a warehouse system as CSV, one parcel (or one order's
 * progress) per row, in a {@link CsvLayout} the tenant configures; the registered instance reads the standard layout.
 * Rows of the same order and event become one parcel update. Errors name the row (1 = first data row) and the
 * column as the file names it. The file itself carries no message id: its SHA-256 is the id, so the same file sent
 * twice is taken once.
 */
public class WmsCsvMapper implements InboundMapper {

    public static final String FORMAT = "wms-csv";

    private final CsvLayout layout;

    /** The standard layout ({@link CsvLayout#standard()}). */
    public WmsCsvMapper() {
        this(CsvLayout.standard());
    }

    public WmsCsvMapper(CsvLayout layout) {
        this.layout = layout;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        List<WmsLine> lines = new ArrayList<>();
        try (CSVParser parser = open(message)) {
            checkHeader(parser);
            for (CSVRecord record : parser) {
                lines.add(new CsvRow(record, layout, "row " + (lines.size() + 1)).line());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw new MappingException("row " + (lines.size() + 1), "not CSV: " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new MappingException("row 1", "no confirmation rows");
        }
        return new MappedMessage(layout.system(), WmsMessageIds.of(message), List.of(),
                WmsConfirmations.updates(lines));
    }

    /** A parser over the message, which has read the header line if the layout has one. */
    private CSVParser open(InboundMessage message) {
        try {
            return csvFormat().parse(new StringReader(withoutBom(message.text())));
        } catch (IOException | IllegalArgumentException e) {
            // The parser reads the header at once: a broken quote or a duplicate name there is the header's fault.
            throw new MappingException(layout.header() ? "header" : "row 1", "not CSV: " + e.getMessage(), e);
        }
    }

    private CSVFormat csvFormat() {
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setDelimiter(layout.delimiter())
                .setIgnoreEmptyLines(true).setTrim(true);
        if (layout.header()) {
            format.setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true);
        }
        return format.get();
    }

    private void checkHeader(CSVParser parser) {
        if (!layout.header()) {
            return;
        }
        for (Map.Entry<String, String> column : layout.orderedColumns().entrySet()) {
            boolean present = parser.getHeaderNames().stream()
                    .anyMatch(name -> name.equalsIgnoreCase(column.getValue()));
            if (!present && isRequired(column.getKey())) {
                throw new MappingException("header", "no column \"" + column.getValue() + "\" (" + column.getKey()
                        + "); the file has " + parser.getHeaderNames());
            }
        }
    }

    /** A file may leave out columns it never fills; the event is the one every row needs. */
    private static boolean isRequired(String field) {
        return field.equals("event");
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
