package io.lastmilehub.connectors.sap.idoc.flat;

import io.lastmilehub.connectors.sap.idoc.ControlRecord;
import io.lastmilehub.connectors.sap.idoc.FixedField;
import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.spi.MappingException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flat-file IDoc of SAP's file port: one fixed-width EDI_DC40 control record of 524 characters, then one data
 * record (EDI_DD40) per segment:
 * <pre>
 * SEGNAM  30  segment definition, e.g. E2EDL20004 (read as segment type E1EDL20)
 * MANDT    3  client
 * DOCNUM  16  IDoc number, the control record's
 * SEGNUM   6  number of the segment
 * PSGNUM   6  number of its parent segment, 000000 at the top level
 * HLEVEL   2  hierarchy level
 * SDATA 1000  the segment's fields at their documented offsets; SAP may leave trailing blanks out
 * </pre>
 * Records end with LF or CR LF. Errors name the record (EDI_DC40 or the segment) and its line.
 */
public final class FlatIdocReader {

    /** Width of a data record before its SDATA. */
    public static final int DATA_HEADER_WIDTH = 63;
    /** Longest data record: the header and 1000 characters of SDATA. */
    public static final int MAX_DATA_WIDTH = DATA_HEADER_WIDTH + 1000;
    /** Most segments one IDoc may have. */
    public static final int MAX_SEGMENTS = 100_000;

    private FlatIdocReader() {
    }

    /**
     * Reads one IDoc.
     *
     * @throws MappingException naming the record that is too short or long, of another IDoc, or out of order
     */
    public static Idoc read(String text) {
        List<String> records = records(text);
        ControlRecord control = controlRecord(records.get(0));
        SegmentTree tree = new SegmentTree();
        if (records.size() - 1 > MAX_SEGMENTS) {
            throw new MappingException(ControlRecord.NAME, "more than " + MAX_SEGMENTS + " segments in one IDoc");
        }
        for (int i = 1; i < records.size(); i++) {
            tree.add(dataRecord(records.get(i), i + 1, control));
        }
        return new Idoc(control, tree.segments());
    }

    /** Only the control record, when the first record is one of the right width. */
    public static Optional<ControlRecord> readControlRecord(String text) {
        try {
            return Optional.of(controlRecord(records(text).get(0)));
        } catch (MappingException e) {
            return Optional.empty();
        }
    }

    private static List<String> records(String text) {
        List<String> records = new ArrayList<>(List.of(text.split("\n", -1)));
        records.replaceAll(record -> record.endsWith("\r") ? record.substring(0, record.length() - 1) : record);
        while (!records.isEmpty() && records.get(records.size() - 1).isBlank()) {
            records.remove(records.size() - 1);
        }
        if (records.isEmpty()) {
            throw new MappingException(ControlRecord.NAME, "missing: a flat IDoc starts with its control record");
        }
        return records;
    }

    private static ControlRecord controlRecord(String record) {
        if (!record.startsWith(ControlRecord.NAME)) {
            String name = record.length() >= 10 ? record.substring(0, 10).strip() : record.strip();
            throw new MappingException(ControlRecord.NAME, "missing: the first record is " + name
                    + (name.startsWith("EDI_DC") ? ", a control record of release 3; set the port to IDoc record "
                    + "types of release 4.x (EDI_DC40)" : ", not the control record"));
        }
        if (record.length() > ControlRecord.WIDTH) {
            throw new MappingException(ControlRecord.NAME, "record is " + record.length() + " characters, expected "
                    + ControlRecord.WIDTH);
        }
        record = padded(record, ControlRecord.WIDTH);
        Map<String, String> fields = new LinkedHashMap<>();
        int offset = 0;
        for (FixedField field : ControlRecord.LAYOUT) {
            fields.put(field.name(), record.substring(offset, offset + field.width()));
            offset += field.width();
        }
        return ControlRecord.of(fields);
    }

    private static DataRecord dataRecord(String record, int line, ControlRecord control) {
        String where = "line " + line + ": ";
        if (record.startsWith(ControlRecord.NAME)) {
            throw new MappingException(ControlRecord.NAME, where + "a second IDoc in one message; send one IDoc per "
                    + "message");
        }
        String name = SegmentNames.type(record.substring(0, Math.min(30, record.length())).strip());
        if (name.isEmpty()) {
            throw new MappingException("SEGNAM", where + "missing: a data record starts with its segment name");
        }
        if (record.length() > MAX_DATA_WIDTH) {
            throw new MappingException(name, where + "record is " + record.length()
                    + " characters, expected " + DATA_HEADER_WIDTH + " to " + MAX_DATA_WIDTH
                    + " (segment name, MANDT, DOCNUM, SEGNUM, PSGNUM, HLEVEL, then up to 1000 characters of SDATA)");
        }
        record = padded(record, DATA_HEADER_WIDTH);
        String docnum = record.substring(33, 49).strip();
        if (!docnum.equals(control.docnum())) {
            throw new MappingException(name, where + "DOCNUM " + docnum + " is not the control record's "
                    + control.docnum());
        }
        return new DataRecord(name, number(record.substring(49, 55), name, "SEGNUM", line),
                number(record.substring(55, 61), name, "PSGNUM", line), line,
                SegmentLayouts.fields(name, record.substring(DATA_HEADER_WIDTH)));
    }

    /** Transfers (FTP in ASCII mode, some middleware) trim a record's trailing blanks: they were blanks. */
    private static String padded(String record, int width) {
        return record.length() >= width ? record : record + " ".repeat(width - record.length());
    }

    private static int number(String digits, String segment, String field, int line) {
        String value = digits.strip();
        if (value.isEmpty()) {
            return 0;
        }
        if (!value.chars().allMatch(Character::isDigit)) {
            throw new MappingException(segment + "-" + field, "line " + line + ": not a number: '" + value + "'");
        }
        return Integer.parseInt(value);
    }
}
