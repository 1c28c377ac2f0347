package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.ControlNumbers.Kind;
import io.lastmilehub.connectors.support.edi.EdiOutput;
import io.lastmilehub.connectors.support.edi.EdiSyntax;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes the envelope of one X12 interchange we send, version 00401/004010, one functional group: ISA, GS, then
 * each transaction set between {@link #startSet(String)} and {@link #endSet()}, then GE and IEA with their counts.
 * Control numbers come from {@link ControlNumbers}.
 */
public final class X12Envelope {

    private static final String ISA_VERSION = "00401";
    private static final String GS_VERSION = "004010";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);

    private static final String PLACEHOLDER_QUALIFIER = "ZZ";
    private static final Pattern QUALIFIER = Pattern.compile("[A-Z0-9]{2}");
    /** ISA*00*<10>*00*<10>*: ISA05 starts at 32, then 2 + 1 + ISA06 (15) + 1 for ISA07. */
    private static final int ISA05_OFFSET = 32;
    private static final int ISA07_OFFSET = 51;

    private final EdiOutput out;
    private final X12Parties parties;
    private final ControlNumbers numbers;
    private final String interchangeNumber;
    private final String groupNumber;
    private String setNumber;
    private int sets;

    /**
     * Opens an interchange written in {@code syntax} with one group of functional identifier {@code functionalId}
     * (GS01, e.g. FA, QM, GF).
     */
    public X12Envelope(X12Parties parties, EdiSyntax syntax, ControlNumbers numbers, String functionalId,
            Instant now) {
        this.out = EdiOutput.x12(ISA_VERSION, syntax);
        this.parties = parties;
        this.numbers = numbers;
        this.interchangeNumber = String.format("%09d", numbers.next(parties.partner(), Kind.INTERCHANGE));
        this.groupNumber = functionalId == null ? null : String.valueOf(numbers.next(parties.partner(), Kind.GROUP));
        var utc = now.atOffset(ZoneOffset.UTC);
        // ISA*auth*sec*sender qual*sender*receiver qual*receiver*date*time*standards id*version*control*ack*usage*:
        // The qualifiers are written as ZZ and set in finish(): StAEDI's writer checks them against the code list,
        // and a partner using one outside it (1B, say) must still be answered with its own.
        out.segment("ISA", "00", " ".repeat(10), "00", " ".repeat(10), PLACEHOLDER_QUALIFIER,
                pad(parties.senderId()), PLACEHOLDER_QUALIFIER, pad(parties.receiverId()), YYMMDD.format(utc),
                HHMM.format(utc), "U", ISA_VERSION, interchangeNumber, "0", parties.usage(),
                String.valueOf(syntax.component()));
        if (functionalId != null) {
            // GS*functional id*app sender*app receiver*date*time*group control*X*version
            out.segment("GS", functionalId, parties.groupSender(), parties.groupReceiver(), CCYYMMDD.format(utc),
                    HHMM.format(utc), groupNumber, "X", GS_VERSION);
        }
    }

    /** Opens an interchange without a functional group, for interchange-level segments (TA1). */
    public static X12Envelope withoutGroup(X12Parties parties, EdiSyntax syntax, ControlNumbers numbers,
            Instant now) {
        return new X12Envelope(parties, syntax, numbers, null, now);
    }

    /** The writer for interchange-level segments of an interchange opened {@link #withoutGroup}. */
    public EdiOutput interchangeLevel() {
        return out;
    }

    /** Writes ST and returns the writer for the set's segments. */
    public EdiOutput startSet(String type) {
        setNumber = String.format("%04d", numbers.next(parties.partner(), Kind.TRANSACTION));
        out.startCount().segment("ST", type, setNumber);
        sets++;
        return out;
    }

    /** Writes SE with the set's segment count. */
    public void endSet() {
        out.segment("SE", String.valueOf(out.countWithTrailer()), setNumber);
    }

    /** Writes GE (when there is a group) and IEA and returns the interchange. */
    public byte[] finish() {
        if (groupNumber != null) {
            out.segment("GE", String.valueOf(sets), groupNumber);
        }
        out.segment("IEA", groupNumber == null ? "0" : "1", interchangeNumber);
        byte[] interchange = out.finish();
        qualifier(interchange, ISA05_OFFSET, parties.senderQualifier());
        qualifier(interchange, ISA07_OFFSET, parties.receiverQualifier());
        return interchange;
    }

    /** Sets an ISA qualifier in place: the ISA is fixed-width, so each element is at a known offset. */
    private static void qualifier(byte[] interchange, int offset, String qualifier) {
        if (!QUALIFIER.matcher(qualifier).matches()) {
            throw new IllegalStateException("we would send invalid EDI in ISA: qualifier '" + qualifier
                    + "' is not two letters or digits");
        }
        interchange[offset] = (byte) qualifier.charAt(0);
        interchange[offset + 1] = (byte) qualifier.charAt(1);
    }

    /** ISA06 and ISA08 are fixed at 15 characters. */
    private static String pad(String id) {
        return String.format("%-15s", id);
    }
}
