package io.lastmilehub.pod;

import java.time.Instant;

/**
 * A code just issued for a customer: {@code code} goes to the customer and is never stored; the hub keeps
 * {@code hash} and {@code expiresAt}.
 *
 * @param code      the code in clear, for the notification
 * @param hash      lower-case hex SHA-256 to store and compare against
 * @param expiresAt the first instant at which the code no longer counts
 */
public record OneTimeCode(String code, String hash, Instant expiresAt) {

    @Override
    public String toString() {
        return "OneTimeCode[hash=" + hash + ", expiresAt=" + expiresAt + "]";
    }
}
