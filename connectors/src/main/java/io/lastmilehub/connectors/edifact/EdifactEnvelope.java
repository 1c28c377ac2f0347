package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.ControlNumbers.Kind;
import io.lastmilehub.connectors.support.edi.EdiOutput;
import io.lastmilehub.connectors.support.edi.EdiSyntax;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the envelope of one EDIFACT interchange we send, syntax version 3, no UNG groups: UNB, then each message
 * between {@link #startMessage(List)} and {@link #endMessage()}, then UNZ with the message count. Control references
 * come from {@link ControlNumbers}. The parties' qualifiers are written as they are, also when outside the syntax
 * code list ({@link PartyQualifiers}).
 */
public final class EdifactEnvelope {

    private static final String SYNTAX_VERSION = "3";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);

    private final EdiOutput out;
    private final EdifactParties parties;
    private final ControlNumbers numbers;
    private final String reference;
    private final EdiSyntax syntax;
    private final List<PartyQualifiers.Slot> qualifiers = new ArrayList<>();
    private String messageReference;
    private int messages;

    /** Opens an interchange written with the separators of {@code syntax}, in the character set of its level. */
    public EdifactEnvelope(EdifactParties parties, EdiSyntax syntax, ControlNumbers numbers, Instant now) {
        this.parties = parties;
        this.numbers = numbers;
        this.syntax = syntax.withCharset(EdiSyntax.edifactCharset(parties.syntax()));
        this.out = EdiOutput.edifact(parties.syntax(), this.syntax);
        this.reference = String.valueOf(numbers.next(parties.partner(), Kind.INTERCHANGE));
        var utc = now.atOffset(ZoneOffset.UTC);
        // UNB+syntax:version+sender:qualifier+recipient:qualifier+date:time+interchange control reference
        out.segment("UNB", List.of(parties.syntax(), SYNTAX_VERSION),
                party(parties.senderId(), parties.senderQualifier()),
                party(parties.recipientId(), parties.recipientQualifier()),
                List.of(YYMMDD.format(utc), HHMM.format(utc)), reference);
        qualifiers.add(new PartyQualifiers.Slot("UNB", 2, parties.senderQualifier()));
        qualifiers.add(new PartyQualifiers.Slot("UNB", 3, parties.recipientQualifier()));
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

    /**
     * A party composite (id, qualifier, routing...) of an inbound segment, to be copied into a message of this
     * interchange at {@code segment}/{@code element} with its qualifier as it was.
     */
    List<String> copiedParty(List<String> composite, String segment, int element) {
        List<String> written = new ArrayList<>(composite);
        if (written.size() > 1) {
            qualifiers.add(new PartyQualifiers.Slot(segment, element, written.get(1)));
            written.set(1, PartyQualifiers.written(written.get(1)));
        }
        return written;
    }

    /** Writes UNZ and returns the interchange. */
    public byte[] finish() {
        out.segment("UNZ", String.valueOf(messages), reference);
        return PartyQualifiers.restore(out.finish(), syntax, qualifiers);
    }

    private static List<String> party(String id, String qualifier) {
        return qualifier.isEmpty() ? List.of(id) : List.of(id, PartyQualifiers.written(qualifier));
    }
}
