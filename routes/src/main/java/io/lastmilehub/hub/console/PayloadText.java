package io.lastmilehub.hub.console;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A payload as a person reads and edits it: UTF-8 text, or nothing for bytes that are not (a PDF, an image). */
final class PayloadText {

    private PayloadText() {
    }

    static Optional<String> of(byte[] payload) {
        if (payload == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * The bytes of a payload edited in a browser's text area, which sends every line end as CRLF: back to LF when
     * the original had none, so that an edit changes only what the person changed.
     */
    static byte[] edited(String text, byte[] original) {
        boolean originalHasCr = original != null && new String(original, StandardCharsets.UTF_8).indexOf('\r') >= 0;
        return (originalHasCr ? text : text.replace("\r\n", "\n")).getBytes(StandardCharsets.UTF_8);
    }
}
