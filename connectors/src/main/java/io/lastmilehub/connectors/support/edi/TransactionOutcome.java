package io.lastmilehub.connectors.support.edi;

import io.lastmilehub.connectors.spi.MappingException;

import java.util.Optional;

/**
 * What became of one inbound transaction set or message: accepted (possibly with StAEDI's errors noted), or rejected
 * with the mapping error.
 *
 * @param transaction the transaction set or message
 * @param rejection   why it was rejected, or null when it was accepted
 * @param supported   false when its type is not one we take inbound at all
 */
public record TransactionOutcome(EdiTransaction transaction, MappingException rejection, boolean supported) {

    /** Whether it was accepted. */
    public boolean accepted() {
        return rejection == null;
    }

    /** The rejection, if any. */
    public Optional<MappingException> rejectionIfAny() {
        return Optional.ofNullable(rejection);
    }
}
