package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.edi.ControlNumbers;
import io.lastmilehub.connectors.edi.ControlNumbers.Kind;
import io.lastmilehub.connectors.edi.EdiOutput;
import io.lastmilehub.connectors.edi.EdiSyntax;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes the envelope of one EDIFACT interchange we send, syntax version 3, no UNG groups: UNB, then each message
 * between {@link #startMessage(List)} and {@link #endMessage()}, then UNZ with the message count. Control references
 * come from {@link ControlNumbers}.
 */
public final class EdifactEnvelope {

    private static final String SYNTAX_VERSION = "3";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);

    private final EdiOutput out;
    private final EdifactParties parties;
    private final ControlNumbers numbers;
    private final String reference;
    private String messageReference;
    private int messages;

    /** Opens an interchange written with the separators of {@code syntax}, in the character set of its level. */
    public EdifactEnvelope(EdifactParties parties, EdiSyntax syntax, ControlNumbers numbers, Instant now) {
        this.parties = parties;
        this.numbers = numbers;
        this.out = EdiOutput.edifact(parties.syntax(), syntax.withCharset(EdiSyntax.edifactCharset(parties.syntax())));
        this.reference = String.valueOf(numbers.next(parties.partner(), Kind.INTERCHANGE));
        var utc = now.atOffset(ZoneOffset.UTC);
        // UNB+syntax:version+sender:qualifier+recipient:qualifier+date:time+interchange control reference
        out.segment("UNB", List.of(parties.syntax(), SYNTAX_VERSION), parties.sender(), parties.recipient(),
                List.of(YYMMDD.format(utc), HHMM.format(utc)), reference);
    }

    /** Writes UNH with the message identifier (S009: type, version, release, agency) and returns the writer. */
    public EdiOutput startMessage(List<String> messageIdentifier) {
        messageReference = String.valueOf(numbers.next(parties.partner(), Kind.TRANSACTION));
        out.startCount().segment("UNH", messageReference, messageIdentifier);
        messages++;
        return out;
    }

    /** Writes UNT with the message's segment count. */
    public void endMessage() {
        out.segment("UNT", String.valueOf(out.countWithTrailer()), messageReference);
    }

    /** The interchange control reference UNB 0020 of this interchange. */
    public String reference() {
        return reference;
    }

    /** Writes UNZ and returns the interchange. */
    public byte[] finish() {
        out.segment("UNZ", String.valueOf(messages), reference);
        return out.finish();
    }
}
