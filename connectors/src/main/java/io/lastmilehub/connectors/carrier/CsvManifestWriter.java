package io.lastmilehub.connectors.carrier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A manifest as CSV (RFC 4180: CRLF line ends, fields quoted where needed), UTF-8, one header row, then one row per
 * order with the columns the carrier mapped.
 */
public final class CsvManifestWriter {

    private final List<CsvColumn> columns;
    private final CSVFormat format;

    /** A writer for one carrier's columns and delimiter. */
    public CsvManifestWriter(List<CsvColumn> columns, char delimiter) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a CSV manifest needs at least one column");
        }
        this.columns = List.copyOf(columns);
        this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter)
                .setHeader(columns.stream().map(CsvColumn::header).toArray(String[]::new)).get();
    }

    public byte[] write(Manifest manifest) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            for (var order : manifest.orders()) {
                printer.printRecord(columns.stream().map(column -> column.field().of(order)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV in memory", e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
