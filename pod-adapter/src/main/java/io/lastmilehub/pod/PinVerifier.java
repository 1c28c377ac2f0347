package io.lastmilehub.pod;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the PIN/OTP the recipient gives at the door against the one sent to them: compared in constant time,
 * with a limit of wrong attempts per order, after which the order's PIN is locked and even the right one fails.
 * The counts are kept in memory: one instance per hub, or the caller keeps them with the order.
 */
public final class PinVerifier {

    /** The outcome of one attempt. */
    public enum Outcome {
        /** The PIN is right. */
        VERIFIED,
        /** The PIN is wrong; more attempts are left. */
        WRONG,
        /** Too many wrong attempts; the PIN no longer counts. */
        LOCKED
    }

    private final int maxAttempts;
    private final Map<String, Integer> wrongAttempts = new ConcurrentHashMap<>();

    /** A verifier allowing {@code maxAttempts} wrong attempts per order. */
    public PinVerifier(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
    }

    /** Checks one attempt for an order. */
    public synchronized Outcome verify(String orderId, String expectedPin, String givenPin) {
        if (wrongAttempts.getOrDefault(orderId, 0) >= maxAttempts) {
            return Outcome.LOCKED;
        }
        if (Sha256.constantTimeEquals(expectedPin, givenPin == null ? null : givenPin.trim())) {
            wrongAttempts.remove(orderId);
            return Outcome.VERIFIED;
        }
        int wrong = wrongAttempts.merge(orderId, 1, Integer::sum);
        return wrong >= maxAttempts ? Outcome.LOCKED : Outcome.WRONG;
    }

    /** Wrong attempts left for an order. */
    public int attemptsLeft(String orderId) {
        return Math.max(0, maxAttempts - wrongAttempts.getOrDefault(orderId, 0));
    }
}
