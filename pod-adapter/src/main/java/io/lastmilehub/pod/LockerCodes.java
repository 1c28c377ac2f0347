package io.lastmilehub.pod;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-time access codes for parcel lockers: the hub issues a code for the customer when the goods are deposited,
 * the locker asks whether a code opens a compartment, and a code works once and only until it expires. Codes are
 * 128-bit {@link Tokens}; only their SHA-256 is kept, so the store never holds a usable code.
 */
public final class LockerCodes {

    /** An issued code; hand {@code code} to the customer, it is not kept. */
    public record Issued(String code, String lockerId, String orderId, Instant expiresAt) {
    }

    /** The outcome of presenting a code. */
    public enum Outcome {
        /** The code opens the compartment; it is now used up. */
        OPENED,
        /** No such code for this locker, or it was used already. */
        UNKNOWN,
        /** The code has expired. */
        EXPIRED
    }

    private record Entry(String lockerId, String orderId, Instant expiresAt) {
    }

    private final Clock clock;
    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

    /** Codes timed by the given clock. */
    public LockerCodes(Clock clock) {
        this.clock = clock;
    }

    /** Issues a code for an order deposited in a locker, valid for {@code validity}. */
    public Issued issue(String lockerId, String orderId, Duration validity) {
        String code = Tokens.newToken();
        Instant expiresAt = clock.instant().plus(validity);
        byHash.put(hash(code), new Entry(lockerId, orderId, expiresAt));
        return new Issued(code, lockerId, orderId, expiresAt);
    }

    /** Presents a code at a locker; a code that opens is used up. */
    public Outcome redeem(String lockerId, String code) {
        if (code == null) {
            return Outcome.UNKNOWN;
        }
        String key = hash(code.trim());
        Entry entry = byHash.get(key);
        if (entry == null || !entry.lockerId().equals(lockerId)) {
            return Outcome.UNKNOWN;
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            byHash.remove(key);
            return Outcome.EXPIRED;
        }
        return byHash.remove(key, entry) ? Outcome.OPENED : Outcome.UNKNOWN;
    }

    /** Forgets every expired code; returns how many. */
    public int purgeExpired() {
        Instant now = clock.instant();
        int before = byHash.size();
        byHash.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
        return before - byHash.size();
    }

    private static String hash(String code) {
        return HexFormat.of().formatHex(Sha256.of(code));
    }
}
