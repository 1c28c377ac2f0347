package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.support.edi.Acknowledgement;
import io.lastmilehub.connectors.support.edi.AcknowledgementBuilder;
import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.EdiError;
import io.lastmilehub.connectors.support.edi.EdiInbound;
import io.lastmilehub.connectors.support.edi.EdiInterchange;
import io.lastmilehub.connectors.support.edi.EdiOutput;
import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.EdiTransaction;
import io.lastmilehub.connectors.support.edi.ErrorLocation;
import io.lastmilehub.connectors.support.edi.TransactionOutcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the CONTRL syntax and service report of an inbound EDIFACT interchange: UCI the interchange (action 7
 * acknowledged, or 4 rejected when no message was accepted; error 29 when the UNZ count is wrong), and for each
 * message UCM (7 or 4) with UCS/UCD naming the segment position and element of each error StAEDI found or the
 * mapping named. A message type we do not take is rejected with 17 (no agreement).
 *
 * <p>An interchange StAEDI cannot read at all gets no CONTRL: the transport answers instead (HTTP 400 with the
 * mapper's error, or the dead-letter store). A sender whose UNB qualifier is outside the syntax code list
 * ({@code ZZ}, {@code 31B}) is answered with its own qualifier.
 */
public final class ControlMessageBuilder implements AcknowledgementBuilder {

    private static final String ACKNOWLEDGED = "7";
    private static final String REJECTED = "4";
    private static final List<String> CONTRL = List.of("CONTRL", "D", "3", "UN");

    private final ControlNumbers numbers;
    private final EdiSyntax syntax;

    /** A builder that numbers what it sends with {@code numbers} and writes it in the partner's {@code syntax}. */
    public ControlMessageBuilder(ControlNumbers numbers, EdiSyntax syntax) {
        this.numbers = numbers;
        this.syntax = syntax;
    }

    /** The CONTRL for an interchange the mapper has read, with the outcomes of its messages. */
    @Override
    public Acknowledgement build(EdiInterchange interchange, List<TransactionOutcome> outcomes, Instant now) {
        EdiSegment unb = interchange.header();
        EdifactEnvelope envelope = new EdifactEnvelope(EdifactParties.replyTo(unb), syntax, numbers, now);
        EdiOutput out = envelope.startMessage(CONTRL);
        List<String> errors = new ArrayList<>();
        boolean anyAccepted = outcomes.stream().anyMatch(TransactionOutcome::accepted);
        List<Object> uci = new ArrayList<>(List.of(unb.element(5),
                envelope.copiedParty(unb.elements().get(1), "UCI", 2),
                envelope.copiedParty(unb.elements().get(2), "UCI", 3), anyAccepted ? ACKNOWLEDGED : REJECTED));
        // UCI+reference+sender+recipient+action[+error]
        interchange.errors().stream().filter(e -> "UNZ".equals(e.segmentTag())).findFirst().ifPresent(e -> {
            errors.add(e.describe());
            uci.add(EdifactErrorCodes.of(e));
        });
        out.segment("UCI", uci.toArray());
        outcomes.forEach(outcome -> reportMessage(out, outcome, errors));
        envelope.endMessage();
        return new Acknowledgement(envelope.finish(), outcomes.stream().allMatch(TransactionOutcome::accepted),
                errors);
    }

    /**
     * The CONTRL telling the partner an interchange was a duplicate of one we processed before, and is ignored: UCI
     * action 4 (rejected) with error 26 (duplicate detected), no UCM.
     */
    public byte[] duplicate(EdiSegment unb, Instant now) {
        EdifactEnvelope envelope = new EdifactEnvelope(EdifactParties.replyTo(unb), syntax, numbers, now);
        EdiOutput out = envelope.startMessage(CONTRL);
        out.segment("UCI", unb.element(5), envelope.copiedParty(unb.elements().get(1), "UCI", 2),
                envelope.copiedParty(unb.elements().get(2), "UCI", 3), REJECTED, EdifactErrorCodes.DUPLICATE);
        envelope.endMessage();
        return envelope.finish();
    }

    /** UCM+message reference+type:version:release:agency+action[+error], then UCS/UCD. */
    private static void reportMessage(EdiOutput out, TransactionOutcome outcome, List<String> errors) {
        EdiTransaction message = outcome.transaction();
        EdiSegment unh = message.segments().get(0);
        List<String> identifier = List.of(unh.component(2, 1), unh.component(2, 2), unh.component(2, 3),
                unh.component(2, 4));
        List<Object> ucm = new ArrayList<>(List.of(message.controlNumber(), identifier,
                outcome.accepted() ? ACKNOWLEDGED : REJECTED));
        message.errors().forEach(e -> errors.add(EdiInbound.name(message) + ": " + e.describe()));
        outcome.rejectionIfAny().ifPresent(r -> errors.add(r.getMessage()));
        if (!outcome.supported()) {
            ucm.add(EdifactErrorCodes.NO_AGREEMENT);
        } else {
            message.errors().stream().filter(e -> "UNT".equals(e.segmentTag())).findFirst()
                    .ifPresent(e -> ucm.add(EdifactErrorCodes.of(e)));
        }
        out.segment("UCM", ucm.toArray());
        if (!outcome.supported()) {
            return;
        }
        message.errors().stream().filter(e -> !"UNT".equals(e.segmentTag())).forEach(e -> reportError(out, e));
        outcome.rejectionIfAny().flatMap(r -> ErrorLocation.of(message, r)).ifPresent(at -> {
            out.segment("UCS", String.valueOf(at.position()), at.missing() ? EdifactErrorCodes.MISSING
                    : EdifactErrorCodes.INVALID_VALUE);
            if (!at.missing() && at.elementPosition() > 0) { // UCD+error+element position
                out.segment("UCD", EdifactErrorCodes.INVALID_VALUE, String.valueOf(at.elementPosition()));
            }
        });
    }

    /** UCS+segment position+error, or UCS+position then UCD+error+element:component for an element error. */
    private static void reportError(EdiOutput out, EdiError error) {
        String position = String.valueOf(Math.max(1, error.segmentPosition()));
        if (!error.isElementError()) {
            out.segment("UCS", position, EdifactErrorCodes.of(error));
            return;
        }
        out.segment("UCS", position);
        Object element = error.componentPosition() > 0 ? List.of(String.valueOf(error.elementPosition()),
                String.valueOf(error.componentPosition())) : String.valueOf(error.elementPosition());
        out.segment("UCD", EdifactErrorCodes.of(error), element);
    }
}
