package io.lastmilehub.connectors.parcelcsv;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.StatusReport;
import io.lastmilehub.connectors.support.carrierstatus.ScanTimes;
import io.lastmilehub.connectors.support.carrierstatus.StatusCodeTable;
import io.lastmilehub.connectors.support.carrierstatus.TrackingReports;
import io.lastmilehub.model.Address;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Format {@code parcel-status-csv}: a parcel carrier's status file, a header line then one scan a line
 * ({@link StatusColumns}). Each parcel number reports the status of its latest scan that moves something
 * ({@link ParcelStatusCsvFormat}; a scan code with an additional code, {@code 14:011}, is looked up before the code
 * alone), so a file carrying a parcel's whole history moves its order once, to where it is now. Scan times without
 * offset are local to the scan: the zone of the {@code country} column where the layout has one, else the format's
 * {@code zone}, else the tenant's depot. A code in no table is refused naming its line and column. The file carries
 * no id: its SHA-256 is the message id.
 */
public class ParcelStatusCsvMapper implements InboundMapper {

    public static final String FORMAT = "parcel-status-csv";

    private final StatusColumns columns;
    private final char separator;
    private final StatusCodeTable codes;
    private final ScanTimes times;

    ParcelStatusCsvMapper(StatusColumns columns, char separator, StatusCodeTable codes, ScanTimes times) {
        this.columns = columns;
        this.separator = separator;
        this.codes = codes;
        this.times = times;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        List<String> lines = message.text().replace("\uFEFF", "").lines().toList();
        int headerLine = firstNonBlank(lines);
        StatusFileHeader header = new StatusFileHeader(split(lines.get(headerLine)), columns);
        Map<String, Scan> latest = new LinkedHashMap<>();
        for (int i = headerLine + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                StatusFileRow row = header.row(split(lines.get(i)), i + 1);
                scan(row).ifPresent(scan -> latest.merge(scan.parcel(), scan,
                        (kept, next) -> next.at().isAfter(kept.at()) ? next : kept));
            }
        }
        List<StatusReport> reports = new ArrayList<>();
        latest.values().forEach(scan -> TrackingReports.of(scan.parcel(), Optional.of(scan.meaning()), scan.at(),
                scan.detail()).ifPresent(reports::add));
        return MappedMessage.reporting(FORMAT, TrackingReports.payloadId(message), reports);
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        throw new MappingException("header", "empty file: expected a header line and one scan a line");
    }

    /** The scan of a row whose code moves something; empty for the codes that move nothing. */
    private Optional<Scan> scan(StatusFileRow row) {
        String code = row.required(StatusColumns.STATUS_CODE);
        String additional = row.optional(StatusColumns.ADDITIONAL_CODE);
        String key = additional != null && codes.knows(code + ":" + additional) ? code + ":" + additional : code;
        Optional<StatusCodeTable.Meaning> meaning = codes.meaning(key, row.field(StatusColumns.STATUS_CODE));
        if (meaning.isEmpty()) {
            return Optional.empty();
        }
        String depot = row.optional(StatusColumns.DEPOT);
        String location = row.optional(StatusColumns.LOCATION);
        String detail = "scan " + key + (depot == null ? "" : " at depot " + depot)
                + (location == null ? "" : " " + location);
        return Optional.of(new Scan(row.required(StatusColumns.PARCEL_NUMBER), meaning.get(), time(row), detail));
    }

    private Instant time(StatusFileRow row) {
        boolean oneColumn = columns.header(StatusColumns.TIMESTAMP) != null;
        String field = row.field(oneColumn ? StatusColumns.TIMESTAMP : StatusColumns.DATE);
        String text = oneColumn ? row.required(StatusColumns.TIMESTAMP)
                : row.required(StatusColumns.DATE) + " " + row.required(StatusColumns.TIME);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            Optional<LocalDateTime> local = oneColumn ? LocalTimestamps.dateTime(text)
                    : LocalTimestamps.dateAndTime(row.required(StatusColumns.DATE), row.required(StatusColumns.TIME));
            return times.local(local.orElseThrow(() -> new MappingException(field, "'" + text + "' is not a date and "
                    + "time such as 20240815192906, 2024-08-15T19:29:06 or 15.08.2024 19:29")), field,
                    Address.builder().countryCode(row.optional(StatusColumns.COUNTRY)).buildUnvalidated());
        }
    }

    /** The fields of a line; a field in double quotes may hold the separator, and "" is a quote. */
    private List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private record Scan(String parcel, StatusCodeTable.Meaning meaning, Instant at, String detail) {
    }
}
