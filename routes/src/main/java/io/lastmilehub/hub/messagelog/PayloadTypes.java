package io.lastmilehub.hub.messagelog;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The content type of a logged payload that has none recorded (inbound ones), told by its format and first byte. */
final class PayloadTypes {

    private PayloadTypes() {
    }

    static String of(String format, byte[] payload) {
        String lower = format.toLowerCase(Locale.ROOT);
        if (lower.startsWith("x12")) {
            return "application/edi-x12";
        }
        if (lower.startsWith("edifact")) {
            return "application/edifact";
        }
        if (lower.contains("csv")) {
            return "text/csv";
        }
        if (payload.length > 0 && payload[0] == '<') {
            return "application/xml";
        }
        // a flat IDoc is text; JSON is what the other formats are (shops, canonical JSON, WMS JSON)
        return lower.startsWith("idoc") ? "text/plain" : "application/json";
    }

    static String text(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
