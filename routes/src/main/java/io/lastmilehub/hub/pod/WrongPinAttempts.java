package io.lastmilehub.hub.pod;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts wrong PIN attempts in a transaction of their own: the refused delivery rolls back, the count stays. */
@Component
public class WrongPinAttempts {

    private final CustomerCodeRepository codes;

    public WrongPinAttempts(CustomerCodeRepository codes) {
        this.codes = codes;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void count(String codeId) {
        codes.countWrongAttempt(codeId);
    }
}
