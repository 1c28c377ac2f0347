package io.lastmilehub.connectors.support.edi;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-parses what we send with StAEDI, control structure and code value validation switched on, and each transaction
 * set or message validated against its transaction schema ({@link TransactionSchemas}): the standard's segment
 * order, element lengths and code lists. A document we write without a schema fails here.
 */
public final class Reparse {

    private Reparse() {
    }

    /** The segments of an interchange we built, asserting StAEDI reports no error at all. */
    public static List<String> strictly(byte[] payload) throws Exception {
        List<String> segments = new ArrayList<>();
        read(payload, StandardCharsets.ISO_8859_1, (event, reader) -> {
            if (event == EDIStreamEvent.START_SEGMENT) {
                segments.add(reader.getText());
            }
        });
        return segments;
    }

    /**
     * Each segment of an interchange we built as StAEDI reads it in {@code charset}, asserting it reports no error,
     * written back with {@code *} between elements and {@code :} between components whatever the separators it was
     * sent with, e.g. {@code AK1*SM*17878} or {@code UNB*UNOC:3*...}.
     */
    public static List<String> values(byte[] payload, Charset charset) throws Exception {
        List<StringBuilder> segments = new ArrayList<>();
        read(payload, charset, (event, reader) -> {
            if (event == EDIStreamEvent.START_SEGMENT) {
                segments.add(new StringBuilder(reader.getText()));
            } else if (event == EDIStreamEvent.ELEMENT_DATA) {
                String separator = reader.getLocation().getComponentPosition() > 1 ? ":" : "*";
                segments.get(segments.size() - 1).append(separator).append(reader.getText());
            }
        });
        return segments.stream().map(StringBuilder::toString).toList();
    }

    private interface EventHandler {
        void handle(EDIStreamEvent event, EDIStreamReader reader) throws Exception;
    }

    private static void read(byte[] payload, Charset charset, EventHandler handler) throws Exception {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, true);
        List<String> errors = new ArrayList<>();
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(payload),
                charset.name())) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.END_SEGMENT && TransactionSchemas.isHeader(reader.getText())) {
                    reader.setTransactionSchema(TransactionSchemas.of(reader));
                }
                if (event.name().endsWith("_ERROR")) {
                    errors.add(reader.getLocation().getSegmentTag() + "-" + reader.getLocation().getElementPosition()
                            + " " + reader.getErrorType());
                } else {
                    handler.handle(event, reader);
                }
            }
        }
        assertThat(errors).as("StAEDI errors in what we send").isEmpty();
    }

    /** Control numbers counting up from 1 per partner and kind, as the hub's table does. */
    public static ControlNumbers counting() {
        Map<String, Long> last = new HashMap<>();
        return (partner, kind) -> last.merge(partner + kind, 1L, Long::sum);
    }
}
