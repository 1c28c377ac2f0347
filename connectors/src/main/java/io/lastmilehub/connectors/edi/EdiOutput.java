package io.lastmilehub.connectors.edi;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Writes one interchange we send with StAEDI's {@link EDIStreamWriter}, validated against StAEDI's control schema
 * for the standard and version, so that what we send is strict: an invalid envelope fails here, not at the partner.
 * Segments are added with {@link #segment(String, Object...)}: each element is a {@code String} (empty for an
 * absent element) or a {@code List<String>} for a composite.
 */
public final class EdiOutput {

    private final ByteArrayOutputStream bytes;
    private final EDIStreamWriter writer;
    private int transactionSegments;

    private EdiOutput(EDIStreamWriter writer, ByteArrayOutputStream bytes) {
        this.writer = writer;
        this.bytes = bytes;
    }

    /** An X12 interchange of version {@code isaVersion} (ISA12, e.g. {@code 00401}) with {@code ~*:} separators. */
    public static EdiOutput x12(String isaVersion) {
        return open("X12", new String[] {isaVersion}, '~', '*', ':');
    }

    /** An EDIFACT interchange of syntax {@code UNOA}..{@code UNOC} version 3 with the default separators. */
    public static EdiOutput edifact(String syntaxId) {
        return open("EDIFACT", new String[] {syntaxId, "3"}, '\'', '+', ':');
    }

    private static EdiOutput open(String standard, String[] version, char segment, char element, char component) {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(Delimiters.SEGMENT, segment);
        factory.setProperty(Delimiters.DATA_ELEMENT, element);
        factory.setProperty(Delimiters.COMPONENT_ELEMENT, component);
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true); // AK5*A, not AK5*A*
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EDIStreamWriter writer = factory.createEDIStreamWriter(bytes);
        try {
            writer.setControlSchema(SchemaFactory.newFactory().getControlSchema(standard, version));
            writer.startInterchange();
        } catch (EDISchemaException | EDIStreamException e) {
            throw new IllegalStateException("cannot start a " + standard + " interchange", e);
        }
        return new EdiOutput(writer, bytes);
    }

    /** Writes a segment; counts it when a transaction set or message is open. */
    public EdiOutput segment(String tag, Object... elements) {
        try {
            writer.writeStartSegment(tag);
            for (Object element : elements) {
                if (element instanceof List<?> components) {
                    writer.writeStartElement();
                    for (Object component : components) {
                        writer.writeComponent(String.valueOf(component));
                    }
                    writer.endElement();
                } else {
                    writer.writeElement(element == null ? "" : element.toString());
                }
            }
            writer.writeEndSegment();
        } catch (EDIStreamException | EDIValidationException e) {
            throw new IllegalStateException("we would send invalid EDI in " + tag + ": " + e.getMessage(), e);
        }
        transactionSegments++;
        return this;
    }

    /** Starts counting the segments of a transaction set or message (call before writing ST/UNH). */
    public EdiOutput startCount() {
        transactionSegments = 0;
        return this;
    }

    /** Segments written since {@link #startCount()}, including the trailer about to be written. */
    public int countWithTrailer() {
        return transactionSegments + 1;
    }

    /** Ends the interchange and returns its bytes. */
    public byte[] finish() {
        try {
            writer.endInterchange();
            writer.close();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot end the interchange: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
