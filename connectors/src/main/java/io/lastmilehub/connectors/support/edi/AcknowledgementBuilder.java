package io.lastmilehub.connectors.support.edi;

import java.time.Instant;
import java.util.List;

/** Builds the acknowledgement (X12 997, EDIFACT CONTRL) of an inbound interchange from the outcome of each set. */
public interface AcknowledgementBuilder {

    /**
     * The acknowledgement.
     *
     * @param interchange the interchange as read
     * @param outcomes    the outcome of each of its transaction sets or messages
     * @param now         the time to put on the envelope
     */
    Acknowledgement build(EdiInterchange interchange, List<TransactionOutcome> outcomes, Instant now);
}
