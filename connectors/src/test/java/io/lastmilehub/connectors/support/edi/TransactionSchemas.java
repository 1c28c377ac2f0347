package io.lastmilehub.connectors.support.edi;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIStreamReader;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The StAEDI transaction schemas of the documents we write, under {@code edi-schema/} in the test resources: StAEDI
 * ships control schemas only (ISA/GS/ST, UNB/UNH), so each X12 transaction set and EDIFACT message we send has a
 * schema written from the standard for the segments we emit, e.g. {@code edi-schema/x12/004010/214.xml} or
 * {@code edi-schema/edifact/D01B/IFTSTA.xml}.
 */
final class TransactionSchemas {

    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private TransactionSchemas() {
    }

    /** Whether a segment is the header of a transaction set or message, after which its schema applies. */
    static boolean isHeader(String tag) {
        return "ST".equals(tag) || "UNH".equals(tag);
    }

    /** The schema of the transaction the reader has just opened; fails when we have none for it. */
    static Schema of(EDIStreamReader reader) {
        String[] version = reader.getTransactionVersion();
        String path = "X12".equals(reader.getStandard())
                ? "edi-schema/x12/" + version[version.length - 1] + "/" + reader.getTransactionType() + ".xml"
                : "edi-schema/edifact/" + version[1] + version[2] + "/" + reader.getTransactionType() + ".xml";
        return CACHE.computeIfAbsent(path, TransactionSchemas::load);
    }

    private static Schema load(String path) {
        URL url = TransactionSchemas.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new AssertionError("no transaction schema " + path + " for a document we write");
        }
        try {
            SchemaFactory factory = SchemaFactory.newFactory();
            // the schema's <include schemaLocation="types.xml"/> is read beside it
            factory.setProperty(SchemaFactory.SCHEMA_LOCATION_URL_CONTEXT, new URL(url, "."));
            return factory.createSchema(url);
        } catch (EDISchemaException | MalformedURLException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
