package io.lastmilehub.connectors.sap.idoc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The IDoc control record EDI_DC40 (record type of release 4.x): who sent the IDoc to whom, as what basic type and
 * message type, under which IDoc number. Values are trimmed; blank fields are left out.
 */
public final class ControlRecord {

    /** The control record's name (TABNAM): the first element inside {@code IDOC}, a flat file's first field. */
    public static final String NAME = "EDI_DC40";

    /** EDI_DC40 in field order with the widths of its flat form; 524 characters in all. */
    public static final List<FixedField> LAYOUT = List.of(
            new FixedField("TABNAM", 10),   // EDI_DC40
            new FixedField("MANDT", 3),     // client of the sending system
            new FixedField("DOCNUM", 16),   // IDoc number, unique per sending system and client
            new FixedField("DOCREL", 4),    // SAP release of the IDoc, e.g. 757
            new FixedField("STATUS", 2),    // status of the IDoc in the sending system, e.g. 30
            new FixedField("DIRECT", 1),    // 1 = outbound from SAP, 2 = inbound into SAP
            new FixedField("OUTMOD", 1),    // output mode
            new FixedField("EXPRSS", 1),    // overriding in inbound processing
            new FixedField("TEST", 1),      // X = test IDoc
            new FixedField("IDOCTYP", 30),  // basic type, e.g. DELVRY07
            new FixedField("CIMTYP", 30),   // extension type, e.g. ZDELVRY07
            new FixedField("MESTYP", 30),   // message type, e.g. SHPORD
            new FixedField("MESCOD", 3),    // message code
            new FixedField("MESFCT", 3),    // message function
            new FixedField("STD", 1),       // EDI standard
            new FixedField("STDVRS", 6),    // version of the EDI standard
            new FixedField("STDMES", 6),    // EDI message type
            new FixedField("SNDPOR", 10),   // sender port, e.g. SAPS4H
            new FixedField("SNDPRT", 2),    // sender partner type, LS = logical system
            new FixedField("SNDPFC", 2),    // sender partner function
            new FixedField("SNDPRN", 10),   // sender partner number, e.g. S4HCLNT100
            new FixedField("SNDSAD", 21),   // sender address (SADR)
            new FixedField("SNDLAD", 70),   // sender logical address
            new FixedField("RCVPOR", 10),   // receiver port
            new FixedField("RCVPRT", 2),    // receiver partner type
            new FixedField("RCVPFC", 2),    // receiver partner function
            new FixedField("RCVPRN", 10),   // receiver partner number
            new FixedField("RCVSAD", 21),   // receiver address (SADR)
            new FixedField("RCVLAD", 70),   // receiver logical address
            new FixedField("CREDAT", 8),    // created on, YYYYMMDD in the sender's local time
            new FixedField("CRETIM", 6),    // created at, HHMMSS
            new FixedField("REFINT", 14),   // transmission file (EDI interchange)
            new FixedField("REFGRP", 14),   // message group (EDI message group)
            new FixedField("REFMES", 14),   // message (EDI message)
            new FixedField("ARCKEY", 70),   // key of the external message archive
            new FixedField("SERIAL", 20));  // serialisation, e.g. YYYYMMDDHHMMSS

    /** The width of a flat control record. */
    public static final int WIDTH = LAYOUT.stream().mapToInt(FixedField::width).sum();

    private final Map<String, String> fields;

    private ControlRecord(Map<String, String> fields) {
        this.fields = fields;
    }

    /** A control record of these fields; blank values are left out, surrounding blanks trimmed. */
    public static ControlRecord of(Map<String, String> fields) {
        Map<String, String> kept = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(name, value.strip());
            }
        });
        return new ControlRecord(Collections.unmodifiableMap(kept));
    }

    /** Every non-blank field by name. */
    public Map<String, String> fields() {
        return fields;
    }

    /** A field's value, or null when blank. */
    public String get(String field) {
        return fields.get(field);
    }

    /** DOCNUM as sent, e.g. {@code 0000000000481516}. */
    public String docnum() {
        return get("DOCNUM");
    }

    /** IDOCTYP, the basic type. */
    public String idocType() {
        return get("IDOCTYP");
    }

    /** CIMTYP, the extension type, or null. */
    public String extensionType() {
        return get("CIMTYP");
    }

    /** MESTYP, the message type. */
    public String messageType() {
        return get("MESTYP");
    }

    /** SNDPRT, the sender's partner type. */
    public String senderPartnerType() {
        return get("SNDPRT");
    }

    /** SNDPRN, the sender's partner number (for a logical system, e.g. {@code S4HCLNT100}). */
    public String senderPartner() {
        return get("SNDPRN");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ControlRecord that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fields);
    }

    @Override
    public String toString() {
        return NAME + fields;
    }
}
