package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.Acknowledgement;
import io.lastmilehub.connectors.support.edi.AcknowledgementBuilder;
import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.EdiError;
import io.lastmilehub.connectors.support.edi.EdiInbound;
import io.lastmilehub.connectors.support.edi.EdiInterchange;
import io.lastmilehub.connectors.support.edi.EdiOutput;
import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.TransactionOutcome;
import io.lastmilehub.connectors.spi.MappingException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the 997 functional acknowledgement of an inbound X12 interchange, one 997 transaction set per functional
 * group: AK1 the group, per transaction set AK2, AK3/AK4 for each segment and element StAEDI found in error, AK5
 * accepted (A), accepted with errors noted (E: wrong SE count or control number, element errors) or rejected (R:
 * not a set we take, or it could not be mapped, then AK3 names the segment the mapping error names), and AK9 the
 * group (A, E, P partially accepted, R).
 *
 * <p>An interchange StAEDI cannot read at all (no ISA, cut off inside a segment) gets no 997: there is no envelope
 * to answer to, so the transport answers instead (HTTP 400 with the mapper's error, or the dead-letter store).
 */
public final class X12AcknowledgementBuilder implements AcknowledgementBuilder {

    /** Maximum length of a transaction set control number (329). */
    private static final int CONTROL_NUMBER_MAX = 9;

    private final ControlNumbers numbers;
    private final EdiSyntax syntax;
    private final String usage;

    /**
     * A builder that numbers what it sends with {@code numbers} and writes it in the partner's {@code syntax}, with
     * the inbound interchange's ISA15.
     */
    public X12AcknowledgementBuilder(ControlNumbers numbers, EdiSyntax syntax) {
        this(numbers, syntax, null);
    }

    /**
     * A builder as above whose 997s carry the partner's ISA15 {@code usage} (P or T), whatever the inbound said: the
     * partner file decides whether we are in production with it; null copies the inbound value.
     */
    public X12AcknowledgementBuilder(ControlNumbers numbers, EdiSyntax syntax, String usage) {
        this.numbers = numbers;
        this.syntax = syntax;
        this.usage = usage;
    }

    /** The 997 for an interchange the mapper has read ({@link EdiInbound#acknowledge}). */
    @Override
    public Acknowledgement build(EdiInterchange interchange, List<TransactionOutcome> outcomes, Instant now) {
        Map<EdiSegment, List<TransactionOutcome>> groups = new LinkedHashMap<>();
        outcomes.stream().filter(o -> o.transaction().group() != null) // a TA1 is not in a group: nothing to answer
                .forEach(o -> groups.computeIfAbsent(o.transaction().group(), g -> new ArrayList<>()).add(o));
        EdiSegment firstGroup = groups.keySet().stream().findFirst().orElse(null);
        X12Parties parties = X12Parties.replyTo(interchange.header(), firstGroup);
        X12Envelope envelope = new X12Envelope(usage == null ? parties : parties.withUsage(usage), syntax, numbers,
                "FA", now);
        List<String> errors = new ArrayList<>();
        groups.forEach((group, sets) -> acknowledgeGroup(envelope, group, sets, interchange.errors(), errors));
        boolean accepted = outcomes.stream().allMatch(TransactionOutcome::accepted);
        return new Acknowledgement(envelope.finish(), accepted, errors);
    }

    private static void acknowledgeGroup(X12Envelope envelope, EdiSegment group, List<TransactionOutcome> sets,
            List<EdiError> envelopeErrors, List<String> errors) {
        EdiOutput out = envelope.startSet("997");
        // AK1*functional id*group control number, which has at most 9 digits (28) as AK202's set number (329)
        out.segment("AK1", group.element(1), echoed(group.element(6)));
        int accepted = 0;
        boolean noted = false;
        for (TransactionOutcome outcome : sets) {
            String status = acknowledgeSet(out, outcome, errors);
            accepted += status.equals("R") ? 0 : 1;
            noted |= status.equals("E");
        }
        List<EdiError> groupErrors = envelopeErrors.stream().filter(e -> "GE".equals(e.segmentTag())).toList();
        groupErrors.forEach(e -> errors.add(e.describe()));
        String status = accepted == 0 ? "R" : accepted < sets.size() ? "P"
                : noted || !groupErrors.isEmpty() ? "E" : "A";
        List<Object> ak9 = new ArrayList<>(List.of(status, String.valueOf(sets.size()),
                String.valueOf(sets.size()), String.valueOf(accepted))); // AK9*status*included*received*accepted
        groupErrors.stream().findFirst().ifPresent(e -> ak9.add(e.type().name().equals("CONTROL_REFERENCE_MISMATCH")
                ? X12ErrorCodes.GROUP_CONTROL_NUMBER_MISMATCH : X12ErrorCodes.SET_COUNT_MISMATCH));
        out.segment("AK9", ak9.toArray());
        envelope.endSet();
    }

    /** AK2, AK3/AK4 and AK5 of one set; returns its AK501 status. */
    private static String acknowledgeSet(EdiOutput out, TransactionOutcome outcome, List<String> errors) {
        var set = outcome.transaction();
        out.segment("AK2", set.type(), echoed(set.controlNumber())); // AK2*transaction set id*control number
        String trailerCode = null;
        for (EdiError error : set.errors()) {
            errors.add(EdiInbound.name(set) + ": " + error.describe());
            if (X12ErrorCodes.isTrailerError(error)) {
                trailerCode = X12ErrorCodes.trailerCode(error);
            } else {
                segmentError(out, error);
            }
        }
        if (outcome.rejection() != null) {
            MappingException rejection = outcome.rejection();
            errors.add(rejection.getMessage());
            if (!outcome.supported()) {
                out.segment("AK5", "R", X12ErrorCodes.SET_NOT_SUPPORTED);
                return "R";
            }
            X12MappingError.write(out, set, rejection);
            out.segment("AK5", "R", X12ErrorCodes.SEGMENTS_IN_ERROR);
            return "R";
        }
        boolean noted = trailerCode != null || !set.errors().isEmpty();
        out.segment("AK5", noted ? "E" : "A", trailerCode == null ? (noted ? X12ErrorCodes.SEGMENTS_IN_ERROR : "")
                : trailerCode);
        return noted ? "E" : "A";
    }

    /** AK3*segment id*position**code, then AK4*element position**code*bad data for an element error. */
    private static void segmentError(EdiOutput out, EdiError error) {
        out.segment("AK3", error.segmentTag(), String.valueOf(Math.max(1, error.segmentPosition())), "",
                X12ErrorCodes.segmentCode(error));
        if (error.isElementError()) {
            Object position = error.componentPosition() > 0
                    ? List.of(String.valueOf(error.elementPosition()), String.valueOf(error.componentPosition()))
                    : String.valueOf(error.elementPosition());
            out.segment("AK4", position, "", X12ErrorCodes.elementCode(error), badData(error.text()));
        }
    }

    /**
     * AK102 (28) and AK202 (329) take at most 9 characters: a sender's longer GS06 or ST02 (a real 945 sends {@code 0003100001}) loses its
     * leading zeros, the same number to the sender's translator, else keeps its last 9 characters.
     */
    static String echoed(String controlNumber) {
        if (controlNumber == null) {
            return null;
        }
        String number = controlNumber;
        while (number.length() > CONTROL_NUMBER_MAX && number.startsWith("0")) {
            number = number.substring(1);
        }
        return number.length() > CONTROL_NUMBER_MAX ? number.substring(number.length() - CONTROL_NUMBER_MAX) : number;
    }

    /** AK404 is up to 99 characters of the data in error (separators in it are replaced by {@link EdiOutput}). */
    private static String badData(String text) {
        String value = text == null ? "" : text;
        return value.length() > 99 ? value.substring(0, 99) : value;
    }
}
