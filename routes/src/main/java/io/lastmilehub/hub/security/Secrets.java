package io.lastmilehub.hub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Configured secrets (tenant API keys, device passwords): in clear (demo only) or as {@code sha256:<hex>}. Both are
 * compared as SHA-256 digests in constant time, so response times do not leak how much of a secret matched.
 */
public final class Secrets {

    /** The prefix of a secret configured as its digest. */
    public static final String HASHED = "sha256:";

    private Secrets() {
    }

    /** Whether a presented secret is the configured one. */
    public static boolean matches(String presented, String configured) {
        return presented != null && configured != null
                && MessageDigest.isEqual(sha256(presented), digestOf(configured));
    }

    /** The SHA-256 of a secret, as {@code sha256:<hex>}: the form it is stored and configured in. */
    public static String hashed(String secret) {
        return HASHED + HexFormat.of().formatHex(sha256(secret));
    }

    static byte[] digestOf(String configured) {
        return configured.startsWith(HASHED)
                ? HexFormat.of().parseHex(configured.substring(HASHED.length()))
                : sha256(configured);
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
