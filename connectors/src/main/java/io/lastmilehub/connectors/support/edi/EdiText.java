package io.lastmilehub.connectors.support.edi;

import io.lastmilehub.connectors.spi.MappingException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Cleans what real partners send before StAEDI tokenizes it: decodes UTF-8 (falling back to ISO-8859-1, the
 * character set of EDIFACT UNOB/UNOC and of many X12 senders, when the bytes are not UTF-8), drops a byte order mark
 * and leading white space, and removes line breaks and the indentation after them, which editors and mail gateways
 * put between segments and sometimes inside one (a wrapped ISA). Line breaks stay when they are the X12 segment
 * terminator itself. This is no tokenizer: separators stay where they are and StAEDI detects them from ISA/UNA.
 */
public final class EdiText {

    /** A line break and the indentation of the next line. */
    private static final Pattern BREAK_AND_INDENT = Pattern.compile("\\R[ \\t]*");
    private static final int ISA_LENGTH = 106;
    private static final int UNA_TERMINATOR = 8;

    private EdiText() {
    }

    /**
     * The cleaned text of a payload.
     *
     * @throws MappingException when the payload is empty or starts with neither ISA, UNA nor UNB
     */
    public static String clean(byte[] payload) {
        String text = decode(payload).replace("\uFEFF", "").strip();
        if (text.startsWith("ISA")) {
            return x12(text);
        }
        if (text.startsWith("UNA") || text.startsWith("UNB")) {
            char terminator = text.startsWith("UNA") && text.length() > UNA_TERMINATOR ? text.charAt(UNA_TERMINATOR)
                    : '\'';
            return terminated(BREAK_AND_INDENT.matcher(text).replaceAll(""), terminator);
        }
        throw new MappingException("interchange", text.isEmpty() ? "empty payload"
                : "not an EDI interchange: starts with neither ISA (X12) nor UNA/UNB (EDIFACT)");
    }

    /** X12: ISA is fixed length, so its character 106 is the segment terminator once the breaks are out. */
    private static String x12(String text) {
        String joined = BREAK_AND_INDENT.matcher(text).replaceAll("");
        boolean lineBreakTerminates = joined.length() > ISA_LENGTH && joined.startsWith("GS", ISA_LENGTH - 1);
        if (lineBreakTerminates) {
            return terminated(BREAK_AND_INDENT.matcher(text).replaceAll("\n"), '\n');
        }
        return joined.length() > ISA_LENGTH ? terminated(joined, joined.charAt(ISA_LENGTH - 1)) : joined;
    }

    /** The last segment (IEA, UNZ) often comes without its terminator. */
    private static String terminated(String text, char terminator) {
        return text.charAt(text.length() - 1) == terminator ? text : text + terminator;
    }

    private static String decode(byte[] payload) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(payload, StandardCharsets.ISO_8859_1);
        }
    }
}
