package io.lastmilehub.connectors.support.edi;

import io.lastmilehub.connectors.spi.MappingException;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads one X12 or EDIFACT interchange with StAEDI (control structure validation on, so that wrong SE/GE/IEA or
 * UNT/UNZ counts are reported, not fatal) into segments grouped by transaction set. The text is first cleaned by
 * {@link EdiText}.
 */
public final class EdiReader {

    private static final EDIInputFactory FACTORY = newFactory();

    private final int maxBytes;

    /** A reader that refuses payloads over {@code maxBytes}. */
    public EdiReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Reads a payload.
     *
     * @throws MappingException when it is too large, not EDI, or StAEDI cannot tokenize it (naming where)
     */
    public EdiInterchange read(byte[] payload) {
        if (payload.length > maxBytes) {
            throw new MappingException("interchange", "payload of " + payload.length + " bytes exceeds " + maxBytes);
        }
        byte[] text = EdiText.clean(payload).getBytes(StandardCharsets.UTF_8);
        try (EDIStreamReader reader = FACTORY.createEDIStreamReader(new ByteArrayInputStream(text), "UTF-8")) {
            return new InterchangeCollector(reader).collect();
        } catch (EDIStreamException e) {
            throw new MappingException(where(e.getLocation()), "cannot be read: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new MappingException("interchange", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String where(Location location) {
        if (location == null || location.getSegmentTag() == null) {
            return "interchange";
        }
        return location.getSegmentTag() + (location.getElementPosition() > 0
                ? "-" + String.format("%02d", location.getElementPosition()) : "");
    }

    private static EDIInputFactory newFactory() {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        return factory;
    }
}
