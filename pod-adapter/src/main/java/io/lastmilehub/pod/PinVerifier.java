package io.lastmilehub.pod;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues the PIN/OTP sent to the customer and checks the one the recipient gives at the door against it: compared
 * as salted SHA-256 hashes in constant time, refused once expired or used, and locked after a number of wrong
 * attempts (even the right PIN fails then). The state of an issued PIN is the caller's to keep (a database row), so
 * counts survive restarts and are shared by every hub instance; this class only decides.
 */
public final class PinVerifier {

    /** The outcome of one attempt. */
    public enum Outcome {
        /** The PIN is right. */
        VERIFIED,
        /** The PIN is wrong; more attempts are left. */
        WRONG,
        /** Too many wrong attempts; the PIN no longer counts. */
        LOCKED,
        /** The PIN has expired. */
        EXPIRED,
        /** The PIN was used already. */
        USED,
        /** No PIN was issued for the order. */
        NOT_ISSUED
    }

    /**
     * An issued PIN as the caller keeps it.
     *
     * @param orderId       the order it was issued for (part of the hash, as salt)
     * @param hash          see {@link #hash}
     * @param expiresAt     the first instant at which it no longer counts
     * @param wrongAttempts wrong attempts so far
     * @param used          whether a delivery was confirmed with it
     */
    public record IssuedPin(String orderId, String hash, Instant expiresAt, int wrongAttempts, boolean used) {
    }

    /**
     * The outcome of an attempt and the wrong attempts to keep afterwards.
     *
     * @param outcome       what the attempt came to
     * @param wrongAttempts the new count to store (one more after a wrong PIN)
     * @param attemptsLeft  wrong attempts left before the PIN is locked
     */
    public record Result(Outcome outcome, int wrongAttempts, int attemptsLeft) {
    }

    private final int maxAttempts;
    private final Clock clock;

    /** A verifier allowing {@code maxAttempts} wrong attempts per PIN, timed by the clock. */
    public PinVerifier(int maxAttempts, Clock clock) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.clock = clock;
    }

    /** A new numeric PIN for an order, valid for {@code validity} from now. */
    public OneTimeCode issue(String orderId, int digits, Duration validity) {
        String pin = Tokens.newPin(digits);
        return new OneTimeCode(pin, hash(orderId, pin), clock.instant().plus(validity));
    }

    /** Checks one attempt against the order's issued PIN ({@code null} when none was issued). */
    public Result verify(IssuedPin issued, String givenPin) {
        if (issued == null) {
            return new Result(Outcome.NOT_ISSUED, 0, maxAttempts);
        }
        int wrong = issued.wrongAttempts();
        if (wrong >= maxAttempts) {
            return new Result(Outcome.LOCKED, wrong, 0);
        }
        if (issued.used()) {
            return new Result(Outcome.USED, wrong, maxAttempts - wrong);
        }
        if (!clock.instant().isBefore(issued.expiresAt())) {
            return new Result(Outcome.EXPIRED, wrong, maxAttempts - wrong);
        }
        String given = givenPin == null ? "" : givenPin.trim();
        if (Sha256.constantTimeEquals(issued.hash(), hash(issued.orderId(), given))) {
            return new Result(Outcome.VERIFIED, wrong, maxAttempts - wrong);
        }
        wrong++;
        return new Result(wrong >= maxAttempts ? Outcome.LOCKED : Outcome.WRONG, wrong, maxAttempts - wrong);
    }

    /**
     * The stored form of a PIN: SHA-256 of order id and PIN. The order id salts it, so equal PINs of two orders
     * differ; a short PIN can still be found from its hash by trying every value, which is why PINs expire and
     * lock after a few wrong attempts.
     */
    public static String hash(String orderId, String pin) {
        return Sha256.hex((orderId + ":" + pin).getBytes(StandardCharsets.UTF_8));
    }
}
