package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.sap.idoc.ControlRecord;
import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.sap.idoc.flat.FlatIdocReader;
import io.lastmilehub.connectors.sap.idoc.xml.IdocXml;
import io.lastmilehub.connectors.spi.MappingException;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads an IDoc in either form SAP sends, told apart by the payload itself: IDoc-XML (an XML declaration or the
 * root element first) or a flat file (the EDI_DC40 control record first). Flat files are read as UTF-8, the code
 * page of SAP's Unicode systems; a byte-order mark is skipped.
 */
public final class IdocReader {

    /** The two forms of an IDoc. */
    public enum Form { XML, FLAT }

    private static final String UTF8_BOM = "\uFEFF";

    private final int maxBytes;

    /** A reader of payloads up to a size. */
    public IdocReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Reads one IDoc.
     *
     * @throws MappingException when the payload is too large, of neither form, or cannot be read
     */
    public Idoc read(byte[] payload) {
        if (payload.length > maxBytes) {
            throw new MappingException("payload", payload.length + " bytes, more than the limit of " + maxBytes);
        }
        return detect(payload) == Form.XML ? IdocXml.read(payload) : FlatIdocReader.read(text(payload));
    }

    /** The control record alone, when it can be read, e.g. to send a status back for an IDoc that cannot. */
    public Optional<ControlRecord> readControlRecord(byte[] payload) {
        if (payload.length > maxBytes) {
            return Optional.empty();
        }
        try {
            return detect(payload) == Form.XML ? IdocXml.readControlRecord(payload)
                    : FlatIdocReader.readControlRecord(text(payload));
        } catch (MappingException e) {
            return Optional.empty();
        }
    }

    /**
     * The form of a payload.
     *
     * @throws MappingException when it is neither
     */
    public static Form detect(byte[] payload) {
        String start = text(payload, Math.min(payload.length, 64)).stripLeading();
        if (start.startsWith("<")) {
            return Form.XML;
        }
        if (start.startsWith("EDI_DC")) {
            return Form.FLAT;
        }
        String first = start.lines().findFirst().orElse("");
        throw new MappingException("payload", "not an IDoc: expected IDoc-XML (<DELVRY07><IDOC BEGIN=\"1\">"
                + "<EDI_DC40 ...) or a flat IDoc starting with its EDI_DC40 control record, but it starts with '"
                + first.substring(0, Math.min(20, first.length())) + "'");
    }

    private static String text(byte[] payload) {
        return text(payload, payload.length);
    }

    private static String text(byte[] payload, int length) {
        String text = new String(payload, 0, length, StandardCharsets.UTF_8);
        return text.startsWith(UTF8_BOM) ? text.substring(1) : text;
    }
}
