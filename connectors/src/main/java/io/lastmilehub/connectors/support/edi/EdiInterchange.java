package io.lastmilehub.connectors.support.edi;

import java.util.List;

/**
 * One interchange as StAEDI read it.
 *
 * @param standard     {@code X12} or {@code EDIFACT}
 * @param header       the ISA or UNB segment
 * @param transactions its transaction sets or messages, in order
 * @param errors       errors outside any transaction (envelope counts, control numbers)
 */
public record EdiInterchange(String standard, EdiSegment header, List<EdiTransaction> transactions,
        List<EdiError> errors) {

    public EdiInterchange {
        transactions = List.copyOf(transactions);
        errors = List.copyOf(errors);
    }
}
