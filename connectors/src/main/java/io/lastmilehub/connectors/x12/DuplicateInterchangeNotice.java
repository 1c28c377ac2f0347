package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.EdiSegment;

import java.time.Instant;

/**
 * Builds the TA1 interchange acknowledgement that tells a partner an interchange was a duplicate: it had sent one
 * with the same sender and ISA13 before, which we processed, so this one is ignored (TA104 R, TA105 025 duplicate
 * interchange control number). A 997 would not do: it acknowledges groups, and the groups were acknowledged the
 * first time.
 */
public final class DuplicateInterchangeNotice {

    /** TA105 025: duplicate interchange control number. */
    static final String DUPLICATE = "025";

    private final ControlNumbers numbers;
    private final EdiSyntax syntax;

    /** A builder that numbers what it sends with {@code numbers} and writes it in the partner's {@code syntax}. */
    public DuplicateInterchangeNotice(ControlNumbers numbers, EdiSyntax syntax) {
        this.numbers = numbers;
        this.syntax = syntax;
    }

    /** The TA1 interchange answering the duplicate whose ISA segment is {@code isa}. */
    public byte[] build(EdiSegment isa, Instant now) {
        X12Envelope envelope = X12Envelope.withoutGroup(X12Parties.replyTo(isa, null), syntax, numbers, now);
        // TA1*interchange control number*interchange date*time*acknowledgment code*note code
        envelope.interchangeLevel().segment("TA1", isa.element(13), isa.element(9), isa.element(10), "R",
                DUPLICATE);
        return envelope.finish();
    }
}
