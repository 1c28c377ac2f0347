package io.lastmilehub.connectors.sap.status;

import io.lastmilehub.connectors.sap.idoc.ControlRecord;
import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.connectors.sap.idoc.xml.IdocXml;
import io.lastmilehub.connectors.spi.MappingException;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the ALE audit IDoc (basic type ALEAUD01, message type ALEAUD) that tells the SAP system how the hub
 * processed one IDoc it sent: status 53 when applied, 51 when not, with the segment, field and reason. SAP takes
 * the statuses of the receiving side through ALEAUD (they are inbound statuses, which a STATUS/SYSTAT01 IDoc about
 * an outbound IDoc may not carry) and records them on its outbound IDoc as 41 (application document created in the
 * receiving system) or 40 (not created).
 * <pre>
 * EDI_DC40   sender and receiver of the inbound IDoc swapped, DIRECT 2 (into SAP)
 * E1ADHDR    MESTYP, MESCOD, MESFCT of the inbound IDoc (MESTYP_LNG for names longer than six characters)
 *   E1STATE  DOCNUM of the inbound IDoc, STATUS 53 or 51, STATYP S or E, STATXT,
 *            STAPA1 segment, STAPA2 field, STAPA3 qualifier, STAPA4 reason (20 characters each; *_LNG 50)
 * </pre>
 */
public final class AleAuditBuilder {

    /** The basic type of the audit IDoc. */
    public static final String IDOC_TYPE = "ALEAUD01";
    /** The message type of the audit IDoc. */
    public static final String MESSAGE_TYPE = "ALEAUD";
    /** Status of an IDoc the hub applied. */
    public static final String APPLIED = "53";
    /** Status of an IDoc the hub could not apply. */
    public static final String NOT_APPLIED = "51";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final int STATXT = 70;
    private static final int STAPA = 20;
    private static final int STAPA_LNG = 50;
    private static final int MESTYP = 6;

    private final ControlRecord inbound;
    private String docnum;
    private ZonedDateTime createdAt;
    private Map<String, String> state;

    private AleAuditBuilder(ControlRecord inbound) {
        this.inbound = Objects.requireNonNull(inbound, "inbound control record");
    }

    /** An audit of the IDoc with this control record. */
    public static AleAuditBuilder confirming(ControlRecord inbound) {
        return new AleAuditBuilder(inbound);
    }

    /**
     * The audit IDoc's own number (DOCNUM), unique among the IDocs the hub sends; padded to SAP's 16 digits.
     *
     * @throws IllegalArgumentException when it is not 1 to 16 digits
     */
    public AleAuditBuilder docnum(String auditDocnum) {
        if (auditDocnum == null || !auditDocnum.matches("\\d{1,16}")) {
            throw new IllegalArgumentException("DOCNUM must be 1 to 16 digits: " + auditDocnum);
        }
        this.docnum = "0".repeat(16 - auditDocnum.length()) + auditDocnum;
        return this;
    }

    /** When the audit is made, in the time zone of the SAP system (CREDAT, CRETIM are local). */
    public AleAuditBuilder createdAt(ZonedDateTime at) {
        this.createdAt = at;
        return this;
    }

    /** Status 53: the IDoc was applied, e.g. {@code 2 delivery orders created}. */
    public AleAuditBuilder applied(String text) {
        this.state = state(APPLIED, "S", text, new FieldPath("", null, null), null);
        return this;
    }

    /** Status 51 for a mapping error, with its segment, field and reason. */
    public AleAuditBuilder notApplied(MappingException error) {
        return notApplied(error.getField(), error.getReason());
    }

    /** Status 51 with the segment and field (as the mapper names it, e.g. {@code E1EDL20-VBELN}) and the reason. */
    public AleAuditBuilder notApplied(String field, String reason) {
        this.state = state(NOT_APPLIED, "E", field + ": " + reason, FieldPath.parse(field), reason);
        return this;
    }

    /**
     * The audit IDoc.
     *
     * @throws IllegalStateException when its number, time or status is not set
     */
    public Idoc build() {
        if (docnum == null || createdAt == null || state == null) {
            throw new IllegalStateException("An audit needs its docnum, createdAt and a status (applied/notApplied)");
        }
        Segment status = Segment.of("E1STATE", state);
        Segment header = new Segment("E1ADHDR", 0, header(), List.of(status));
        return new Idoc(control(), List.of(header));
    }

    /** The audit IDoc as IDoc-XML. */
    public byte[] buildXml() {
        return IdocXml.write(build());
    }

    private ControlRecord control() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("TABNAM", ControlRecord.NAME);
        fields.put("MANDT", inbound.get("MANDT"));
        fields.put("DOCNUM", docnum);
        fields.put("DIRECT", "2");
        fields.put("IDOCTYP", IDOC_TYPE);
        fields.put("MESTYP", MESSAGE_TYPE);
        for (String part : List.of("POR", "PRT", "PFC", "PRN")) {
            // port, partner type, partner function, partner number
            fields.put("SND" + part, inbound.get("RCV" + part));
            fields.put("RCV" + part, inbound.get("SND" + part));
        }
        fields.put("CREDAT", createdAt.format(DATE));
        fields.put("CRETIM", createdAt.format(TIME));
        return ControlRecord.of(fields);
    }

    private Map<String, String> header() {
        Map<String, String> fields = new LinkedHashMap<>();
        String messageType = inbound.messageType();
        if (messageType != null && messageType.length() <= MESTYP) {
            fields.put("MESTYP", messageType);
        }
        putIfPresent(fields, "MESCOD", inbound.get("MESCOD"));
        putIfPresent(fields, "MESFCT", inbound.get("MESFCT"));
        putIfPresent(fields, "MESTYP_LNG", messageType);
        return fields;
    }

    /** E1STATE in its documented field order; the parameters are segment, field, qualifier and reason. */
    private Map<String, String> state(String status, String type, String text, FieldPath path, String reason) {
        List<String> parameters = Arrays.asList(path.segment(), path.field(), path.qualifier(), reason);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("DOCNUM", inbound.docnum());
        fields.put("STATUS", status);
        fields.put("STATXT", fit(text, STATXT));
        for (int i = 0; i < parameters.size(); i++) {
            putIfPresent(fields, "STAPA" + (i + 1), fit(parameters.get(i), STAPA));
        }
        fields.put("STATYP", type);
        for (int i = 0; i < parameters.size(); i++) {
            putIfPresent(fields, "STAPA" + (i + 1) + "_LNG", fit(parameters.get(i), STAPA_LNG));
        }
        return fields;
    }

    private static void putIfPresent(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value);
        }
    }

    /** A text cut to a CHAR field's width, marked with "..." when cut. */
    private static String fit(String text, int width) {
        return text == null || text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }
}
