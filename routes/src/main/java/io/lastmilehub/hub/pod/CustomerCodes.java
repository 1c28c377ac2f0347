package io.lastmilehub.hub.pod;

import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ProofOfDelivery;
import io.lastmilehub.pod.LockerCodes;
import io.lastmilehub.pod.OneTimeCode;
import io.lastmilehub.pod.PinVerifier;
import io.lastmilehub.pod.PodAssembler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * The codes the hub issues for customers, kept as hashes: the PIN/OTP an order that requires one gets (checked by
 * the POD submission) and the pickup code of a parcel locker. Issuing happens where the code is sent (the customer
 * notifications), since the code in clear exists only until then.
 */
@Service
public class CustomerCodes {

    private final CustomerCodeRepository codes;
    private final PinVerifier pins;
    private final LockerCodes lockers;
    private final WrongPinAttempts wrongAttempts;
    private final Clock clock;

    public CustomerCodes(CustomerCodeRepository codes, PinVerifier pins, LockerCodes lockers,
                         WrongPinAttempts wrongAttempts, Clock clock) {
        this.codes = codes;
        this.pins = pins;
        this.lockers = lockers;
        this.wrongAttempts = wrongAttempts;
        this.clock = clock;
    }

    /** Issues a PIN for an order on a status event; the order's earlier PINs no longer count. */
    @Transactional(propagation = Propagation.MANDATORY)
    public OneTimeCode issuePin(DeliveryOrder order, String eventId, HubProperties.Codes settings) {
        OneTimeCode pin = pins.issue(order.getId(), settings.pinDigits(), settings.pinValidity());
        codes.save(entity(order, CustomerCodeEntity.Kind.PIN, pin, eventId));
        return pin;
    }

    /** Issues the pickup code of the locker (and compartment) a proof of delivery names. */
    @Transactional(propagation = Propagation.MANDATORY)
    public OneTimeCode issueLockerCode(DeliveryOrder order, ProofOfDelivery deposit, String eventId,
                                       HubProperties.Codes settings) {
        OneTimeCode code = lockers.issue(settings.lockerCodeValidity());
        CustomerCodeEntity entity = entity(order, CustomerCodeEntity.Kind.LOCKER, code, eventId);
        entity.setLockerId(deposit.getLockerId());
        entity.setLockerCompartment(deposit.getLockerCompartment());
        codes.save(entity);
        return code;
    }

    /** Whether codes were issued on an event already (it is being delivered again). */
    public boolean issuedOn(String eventId) {
        return codes.existsByEventId(eventId);
    }

    /**
     * The check of a PIN given for an order against its newest PIN. A wrong attempt is counted in a transaction of
     * its own, so it stays counted when the refused delivery rolls back; a right one uses the PIN up with the
     * caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PodAssembler.PinCheck pinCheck(String tenant, String orderId) {
        CustomerCodeEntity issued = codes.findFirstByTenantAndOrderIdAndKindOrderByIssuedAtDesc(tenant, orderId,
                CustomerCodeEntity.Kind.PIN).orElse(null);
        return given -> {
            PinVerifier.Result result = pins.verify(issued == null ? null : new PinVerifier.IssuedPin(orderId,
                    issued.getCodeHash(), issued.getExpiresAt(), issued.getWrongAttempts(),
                    issued.getUsedAt() != null), given);
            if (issued != null && result.wrongAttempts() > issued.getWrongAttempts()) {
                wrongAttempts.count(issued.getId());
            } else if (result.outcome() == PinVerifier.Outcome.VERIFIED
                    && codes.useUp(issued.getId(), clock.instant()) == 0) {
                return new PinVerifier.Result(PinVerifier.Outcome.USED, result.wrongAttempts(),
                        result.attemptsLeft());
            }
            return result;
        };
    }

    private CustomerCodeEntity entity(DeliveryOrder order, CustomerCodeEntity.Kind kind, OneTimeCode code,
                                      String eventId) {
        return new CustomerCodeEntity("code-" + UUID.randomUUID(), order.getTenant(), order.getId(), kind,
                code.hash(), eventId, clock.instant(), code.expiresAt());
    }
}
