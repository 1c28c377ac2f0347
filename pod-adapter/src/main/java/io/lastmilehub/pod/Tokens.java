package io.lastmilehub.pod;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable tokens for tracking links and locker access codes: 128 random bits from {@link SecureRandom},
 * URL-safe Base64 without padding (22 characters).
 */
public final class Tokens {

    /** Bits of randomness in every token. */
    public static final int BITS = 128;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** A new token. */
    public static String newToken() {
        byte[] bytes = new byte[BITS / 8];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new numeric PIN of the given length, for customers to read out at the door. */
    public static String newPin(int digits) {
        if (digits < 4 || digits > 12) {
            throw new IllegalArgumentException("a PIN has 4 to 12 digits, not " + digits);
        }
        StringBuilder pin = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            pin.append(RANDOM.nextInt(10));
        }
        return pin.toString();
    }
}
