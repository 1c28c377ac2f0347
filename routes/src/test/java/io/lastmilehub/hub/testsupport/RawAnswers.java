package io.lastmilehub.hub.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP answers read off a plain socket, for requests no HTTP client sends (a body announced but never sent). */
public final class RawAnswers {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *(\\d+)");

    private RawAnswers() {
    }

    /** The head of an answer and as much body as its Content-Length says (the connection may stay open). */
    public static String read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.write(next);
        }
        Matcher length = CONTENT_LENGTH.matcher(head.toString(StandardCharsets.ISO_8859_1));
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return head.toString(StandardCharsets.ISO_8859_1) + new String(body, StandardCharsets.UTF_8);
    }
}
