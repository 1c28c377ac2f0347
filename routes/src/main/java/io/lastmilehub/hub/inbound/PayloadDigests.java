package io.lastmilehub.hub.inbound;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The key a message's bytes are known by: sending the same bytes again answers with the first answer. */
public final class PayloadDigests {

    private PayloadDigests() {
    }

    /** The SHA-256 of the bytes, in lower-case hex. */
    public static String sha256(byte[] payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
