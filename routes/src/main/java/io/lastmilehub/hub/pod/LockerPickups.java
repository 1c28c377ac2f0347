package io.lastmilehub.hub.pod;

import io.lastmilehub.hub.web.ConflictException;
import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.pod.LockerCodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * A customer collects a parcel from a locker: the locker system presents the code the customer typed or scanned,
 * and the hub says whether it opens the compartment. A code opens once, at its own locker, until it expires.
 */
@Service
public class LockerPickups {

    /** The compartment to open ({@code compartment} as the driver recorded it at the deposit, if they did). */
    public record Pickup(String orderId, String lockerId, String compartment, Instant redeemedAt) {
    }

    private final CustomerCodeRepository codes;
    private final LockerCodes lockers;
    private final Clock clock;

    public LockerPickups(CustomerCodeRepository codes, LockerCodes lockers, Clock clock) {
        this.codes = codes;
        this.lockers = lockers;
        this.clock = clock;
    }

    /**
     * Uses up a code presented at a locker.
     *
     * @throws NotFoundException  when no code of this tenant opens this locker
     * @throws ConflictException  when the code was used or has expired
     */
    @Transactional
    public Pickup redeem(String tenant, String lockerId, String code) {
        CustomerCodeEntity issued = code == null || code.isBlank() ? null : codes.findByTenantAndKindAndCodeHash(
                tenant, CustomerCodeEntity.Kind.LOCKER, LockerCodes.hash(code)).stream().findFirst().orElse(null);
        LockerCodes.Outcome outcome = lockers.redeem(issued == null ? null : new LockerCodes.IssuedCode(
                issued.getLockerId(), issued.getExpiresAt(), issued.getUsedAt() != null), lockerId);
        Instant now = clock.instant();
        return switch (outcome) {
            case UNKNOWN -> throw new NotFoundException("pickup code at locker", lockerId);
            case USED -> throw new ConflictException("the code was used at " + issued.getUsedAt());
            case EXPIRED -> throw new ConflictException("the code expired at " + issued.getExpiresAt());
            case OPENED -> {
                if (codes.useUp(issued.getId(), now) == 0) {
                    throw new ConflictException("the code was used a moment ago");
                }
                yield new Pickup(issued.getOrderId(), lockerId, issued.getLockerCompartment(), now);
            }
        };
    }
}
