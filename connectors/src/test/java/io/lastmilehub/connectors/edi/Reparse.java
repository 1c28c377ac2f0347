package io.lastmilehub.connectors.edi;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-parses what we send with StAEDI, control structure and code value validation switched on. */
public final class Reparse {

    private Reparse() {
    }

    /** The segments of an interchange we built, asserting StAEDI reports no error at all. */
    public static List<String> strictly(byte[] payload) throws Exception {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, true);
        List<String> errors = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(payload))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.START_SEGMENT) {
                    segments.add(reader.getText());
                } else if (event.name().endsWith("_ERROR")) {
                    errors.add(reader.getLocation().getSegmentTag() + "-" + reader.getLocation().getElementPosition()
                            + " " + reader.getErrorType());
                }
            }
        }
        assertThat(errors).as("StAEDI errors in what we send").isEmpty();
        return segments;
    }

    /** Control numbers counting up from 1 per partner and kind, as the hub's table does. */
    public static ControlNumbers counting() {
        Map<String, Long> last = new HashMap<>();
        return (partner, kind) -> last.merge(partner + kind, 1L, Long::sum);
    }
}
