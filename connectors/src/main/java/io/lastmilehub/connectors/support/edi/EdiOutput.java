package io.lastmilehub.connectors.support.edi;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes one interchange we send with StAEDI's {@link EDIStreamWriter}, validated against StAEDI's control schema
 * for the standard and version, so that what we send is strict: an invalid envelope fails here, not at the partner.
 * Segments are added with {@link #segment(String, Object...)}: each element is a {@code String} (empty for an
 * absent element) or a {@code List<String>} for a composite. Values are made fit for the {@link EdiSyntax}
 * first (its character set, and its separators where there is no release character).
 */
public final class EdiOutput {

    private final EdiSyntax syntax;
    private final ByteArrayOutputStream bytes;
    private final EDIStreamWriter writer;
    private int transactionSegments;

    private EdiOutput(EdiSyntax syntax, EDIStreamWriter writer, ByteArrayOutputStream bytes) {
        this.syntax = syntax;
        this.writer = writer;
        this.bytes = bytes;
    }

    /** An X12 interchange of version {@code isaVersion} (ISA12, e.g. {@code 00401}) written in {@code syntax}. */
    public static EdiOutput x12(String isaVersion, EdiSyntax syntax) {
        return open("X12", new String[] {isaVersion}, syntax);
    }

    /**
     * An EDIFACT interchange of syntax level {@code UNOA}..{@code UNOC} version 3 written in {@code syntax}. StAEDI
     * opens it with a UNA service string advice naming the separators, since they are set explicitly.
     */
    public static EdiOutput edifact(String syntaxId, EdiSyntax syntax) {
        return open("EDIFACT", new String[] {syntaxId, "3"}, syntax);
    }

    private static EdiOutput open(String standard, String[] version, EdiSyntax syntax) {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(Delimiters.SEGMENT, syntax.segment());
        factory.setProperty(Delimiters.DATA_ELEMENT, syntax.element());
        factory.setProperty(Delimiters.COMPONENT_ELEMENT, syntax.component());
        if (syntax.release() != null) {
            factory.setProperty(Delimiters.RELEASE, syntax.release());
        }
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true); // AK5*A, not AK5*A*
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            EDIStreamWriter writer = factory.createEDIStreamWriter(bytes, syntax.charset().name());
            writer.setControlSchema(SchemaFactory.newFactory().getControlSchema(standard, version));
            writer.startInterchange();
            return new EdiOutput(syntax, writer, bytes);
        } catch (EDISchemaException | EDIStreamException e) {
            throw new IllegalStateException("cannot start a " + standard + " interchange", e);
        }
    }

    /** Writes a segment; counts it when a transaction set or message is open. */
    public EdiOutput segment(String tag, Object... elements) {
        try {
            writer.writeStartSegment(tag);
            for (Object element : elements) {
                if (element instanceof List<?> components) {
                    writer.writeStartElement();
                    for (Object component : components) {
                        writer.writeComponent(fit(tag, String.valueOf(component)));
                    }
                    writer.endElement();
                } else {
                    writer.writeElement(element == null ? "" : fit(tag, element.toString()));
                }
            }
            writer.writeEndSegment();
            suffix();
        } catch (EDIStreamException | EDIValidationException e) {
            throw new IllegalStateException("we would send invalid EDI in " + tag + ": " + e.getMessage(), e);
        }
        transactionSegments++;
        return this;
    }

    /** The line break after a segment, once StAEDI has handed over the segment's bytes. */
    private void suffix() throws EDIStreamException {
        if (!syntax.segmentSuffix().isEmpty()) {
            writer.flush();
            bytes.writeBytes(syntax.segmentSuffix().getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** ISA16 is the component separator itself; the other ISA elements are fixed codes and checked identifiers. */
    private String fit(String tag, String value) {
        return "ISA".equals(tag) ? value : syntax.fit(value);
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
