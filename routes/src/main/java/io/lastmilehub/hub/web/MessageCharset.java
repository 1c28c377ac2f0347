package io.lastmilehub.hub.web;

import io.lastmilehub.hub.errors.InvalidMessageException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set of a raw message, taken from, in this order: the Content-Type's {@code charset} parameter, a byte
 * order mark, the EDI envelope (the UNB syntax identifier of EDIFACT; X12 is ASCII, read as UTF-8), the XML
 * declaration's {@code encoding}; UTF-8 when none says. Bytes that are not valid in it refuse the message naming
 * their offset, so that no mapper reads a mangled name or address.
 */
public final class MessageCharset {

    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    /** UNA and its six service characters are optional; the character after UNB is the element separator. */
    private static final Pattern EDIFACT_SYNTAX = Pattern.compile("^\\s*(?:UNA.{6})?\\s*UNB.(UNO[A-Z])",
            Pattern.DOTALL);
    private static final Pattern X12 = Pattern.compile("^\\s*ISA");
    /** EDIFACT syntax identifiers (ISO 9735) and the character sets they stand for. */
    private static final Map<String, Charset> EDIFACT_CHARSETS = Map.ofEntries(
            Map.entry("UNOA", StandardCharsets.US_ASCII), Map.entry("UNOB", StandardCharsets.US_ASCII),
            Map.entry("UNOC", StandardCharsets.ISO_8859_1), Map.entry("UNOD", Charset.forName("ISO-8859-2")),
            Map.entry("UNOE", Charset.forName("ISO-8859-5")), Map.entry("UNOF", Charset.forName("ISO-8859-7")),
            Map.entry("UNOG", Charset.forName("ISO-8859-3")), Map.entry("UNOH", Charset.forName("ISO-8859-4")),
            Map.entry("UNOI", Charset.forName("ISO-8859-6")), Map.entry("UNOJ", Charset.forName("ISO-8859-8")),
            Map.entry("UNOK", Charset.forName("ISO-8859-9")), Map.entry("UNOW", StandardCharsets.UTF_8),
            Map.entry("UNOY", StandardCharsets.UTF_8));
    /** How much of the start is looked at for an envelope or a declaration. */
    private static final int HEAD = 256;

    private MessageCharset() {
    }

    /**
     * The character set of a message and what named it.
     *
     * @param source    what named it, for the error message: "named by the Content-Type", ...
     * @param bomLength how many bytes of byte order mark precede the text
     */
    public record Detected(Charset charset, String source, int bomLength) {
    }

    /**
     * @param contentType the Content-Type header as sent, or null
     * @throws InvalidMessageException when the character set named is not one the hub knows
     */
    public static Detected detect(byte[] payload, String contentType) {
        Optional<Detected> byBom = byteOrderMark(payload);
        if (contentType != null) {
            Matcher charset = CONTENT_TYPE_CHARSET.matcher(contentType);
            if (charset.find()) {
                Charset named = named(charset.group(1), "Content-Type", "charset");
                int bom = byBom.filter(b -> b.charset().equals(named)).map(Detected::bomLength).orElse(0);
                return new Detected(named, "named by the Content-Type", bom);
            }
        }
        if (byBom.isPresent()) {
            return byBom.get();
        }
        String head = new String(payload, 0, Math.min(payload.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher edifact = EDIFACT_SYNTAX.matcher(head);
        if (edifact.find() && EDIFACT_CHARSETS.containsKey(edifact.group(1))) {
            return new Detected(EDIFACT_CHARSETS.get(edifact.group(1)), "named by the UNB syntax identifier "
                    + edifact.group(1), 0);
        }
        if (X12.matcher(head).find()) {
            return new Detected(StandardCharsets.UTF_8, "X12 is ASCII, read as UTF-8", 0);
        }
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return new Detected(named(xml.group(1), "body", "XML declaration encoding"),
                    "named by the XML declaration", 0);
        }
        return new Detected(StandardCharsets.UTF_8, "none named, UTF-8 assumed", 0);
    }

    /**
     * The message as text, without its byte order mark.
     *
     * @throws InvalidMessageException naming the offset of the first byte that is not valid in the character set
     */
    public static String decode(byte[] payload, String contentType) {
        Detected detected = detect(payload, contentType);
        CharsetDecoder decoder = detected.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(payload, detected.bomLength(), payload.length - detected.bomLength());
        CharBuffer out = CharBuffer.allocate((int) (payload.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            byte[] bad = Arrays.copyOfRange(payload, offset, Math.min(payload.length, offset + result.length()));
            throw new InvalidMessageException("body", "the byte" + (bad.length > 1 ? "s " : " ") + hex(bad)
                    + " at offset " + offset + " " + (bad.length > 1 ? "are" : "is") + " not valid "
                    + detected.charset().name() + " (" + detected.source() + ")");
        }
        return out.flip().toString();
    }

    /**
     * The message re-encoded as UTF-8 without a byte order mark, its XML declaration (if any) saying so: what the
     * mappers read, whatever the sender's character set was.
     */
    public static byte[] toUtf8(byte[] payload, String contentType) {
        String text = decode(payload, contentType);
        Matcher xml = XML_ENCODING.matcher(text);
        if (xml.find()) {
            text = text.substring(0, xml.start(1)) + "UTF-8" + text.substring(xml.end(1));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** UTF-32 before UTF-16: the UTF-32LE mark starts with the UTF-16LE one. */
    private static Optional<Detected> byteOrderMark(byte[] payload) {
        if (startsWith(payload, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new Detected(StandardCharsets.UTF_8, "named by the byte order mark", 3));
        }
        if (startsWith(payload, 0xFF, 0xFE, 0x00, 0x00) || startsWith(payload, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(new Detected(Charset.forName(payload[0] == 0 ? "UTF-32BE" : "UTF-32LE"),
                    "named by the byte order mark", 4));
        }
        if (startsWith(payload, 0xFE, 0xFF) || startsWith(payload, 0xFF, 0xFE)) {
            return Optional.of(new Detected(payload[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE
                    : StandardCharsets.UTF_16LE, "named by the byte order mark", 2));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] payload, int... prefix) {
        if (payload.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (payload[i] != (byte) prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Charset named(String name, String field, String what) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidMessageException(field, what + " '" + name + "' is not a character set the hub knows");
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(text.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", b));
        }
        return text.toString();
    }
}
