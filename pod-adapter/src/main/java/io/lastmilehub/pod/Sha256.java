package io.lastmilehub.pod;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256 helpers: lower-case hex names of stored documents, and digests for comparing secrets.
 */
public final class Sha256 {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private Sha256() {
    }

    /** A new SHA-256 digest. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Lower-case hex SHA-256 of bytes. */
    public static String hex(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    /** SHA-256 of a text's UTF-8 bytes. */
    static byte[] of(String text) {
        return digest().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a text is a lower-case hex SHA-256 (and so safe as a file name). */
    public static boolean isHex(String value) {
        return value != null && HEX.matcher(value).matches();
    }

    /**
     * Compares two secrets in time that does not depend on where they differ, nor on their lengths (both are
     * hashed first).
     */
    public static boolean constantTimeEquals(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(of(expected), of(given));
    }
}
