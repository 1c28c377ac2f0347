package io.lastmilehub.pod;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One-time access codes for parcel lockers: the hub issues a code for the customer when the goods are deposited,
 * the locker asks whether a code opens a compartment, and a code works once, at its own locker, and only until it
 * expires. Codes are 128-bit {@link Tokens} (shown to the customer as text or QR code); only their SHA-256 is kept,
 * so the store never holds a usable code. The state of an issued code is the caller's to keep; this class decides.
 */
public final class LockerCodes {

    /**
     * An issued code as the caller keeps it.
     *
     * @param lockerId  the locker it opens
     * @param expiresAt the first instant at which it no longer opens
     * @param used      whether it opened the locker already
     */
    public record IssuedCode(String lockerId, Instant expiresAt, boolean used) {
    }

    /** The outcome of presenting a code. */
    public enum Outcome {
        /** The code opens the compartment; the caller marks it used. */
        OPENED,
        /** No such code for this locker. */
        UNKNOWN,
        /** The code opened the compartment before. */
        USED,
        /** The code has expired. */
        EXPIRED
    }

    private final Clock clock;

    /** Codes timed by the given clock. */
    public LockerCodes(Clock clock) {
        this.clock = clock;
    }

    /** Issues a code valid for {@code validity} from now. */
    public OneTimeCode issue(Duration validity) {
        String code = Tokens.newToken();
        return new OneTimeCode(code, hash(code), clock.instant().plus(validity));
    }

    /**
     * Decides whether a code presented at a locker opens it.
     *
     * @param issued the code found by {@link #hash} of what was presented, or {@code null} when none was
     */
    public Outcome redeem(IssuedCode issued, String lockerId) {
        if (issued == null || !issued.lockerId().equals(lockerId)) {
            return Outcome.UNKNOWN;
        }
        if (issued.used()) {
            return Outcome.USED;
        }
        return clock.instant().isBefore(issued.expiresAt()) ? Outcome.OPENED : Outcome.EXPIRED;
    }

    /** The stored form of a code (surrounding blanks ignored), by which a presented code is looked up. */
    public static String hash(String code) {
        return Sha256.hex(code.trim().getBytes(StandardCharsets.UTF_8));
    }
}
