package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.support.edi.AcknowledgementBuilder;
import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.EdiInbound;
import io.lastmilehub.connectors.support.edi.EdiInterchange;
import io.lastmilehub.connectors.support.edi.TransactionOutcome;
import io.lastmilehub.connectors.edifact.ControlMessageBuilder;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.x12.DuplicateInterchangeNotice;
import io.lastmilehub.connectors.x12.X12AcknowledgementBuilder;
import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.edi.TradingPartner.AckPolicy;
import io.lastmilehub.hub.edi.TradingPartner.Standard;
import io.lastmilehub.hub.inbound.AcceptedMessage;
import io.lastmilehub.hub.inbound.InboundRoutes;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.errors.Violation;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.model.SourceRef;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Answers every interchange a trading partner sent, accepted or refused, on the partner's channel: a 997 or CONTRL
 * (per its acknowledgement policy) naming each set's outcome and the segment, element and code of each error, and a
 * 990 for each 204 it tendered. An interchange received again after it was accepted is ignored and answered with a
 * TA1 or CONTRL that says "duplicate". An interchange from no known partner, or one that cannot be read at all,
 * gets no answer: there is nobody, or no envelope, to answer to (its sender has the HTTP 400 and the dead letter).
 * Nor does a partner's own acknowledgement of what we sent: it is recorded ({@link SentDocuments}), not answered.
 */
@Component("ediAcknowledgements")
public class EdiAcknowledgements {

    private final EdiStandards standards;
    private final TradingPartners partners;
    private final ReceivedInterchanges received;
    private final PartnerOutbox outbox;
    private final TenderResponses tenders;
    private final Clock clock;

    public EdiAcknowledgements(EdiStandards standards, TradingPartners partners, ReceivedInterchanges received,
                               PartnerOutbox outbox, TenderResponses tenders, Clock clock) {
        this.standards = standards;
        this.partners = partners;
        this.received = received;
        this.outbox = outbox;
        this.tenders = tenders;
        this.clock = clock;
    }

    /** Answers the inbound message of this exchange (the outcome wire tap of the inbound route). */
    @Transactional
    public void acknowledge(Exchange exchange) {
        String tenant = exchange.getMessage().getHeader(Addresses.TENANT_HEADER, String.class);
        EdiInbound inbound = standards.inbound(exchange.getMessage().getHeader(Addresses.FORMAT_HEADER, String.class))
                .orElse(null);
        byte[] payload = exchange.getProperty(InboundRoutes.PAYLOAD_PROPERTY, byte[].class);
        if (inbound == null || payload == null) {
            return;
        }
        EdiInterchange interchange;
        SourceRef source;
        try {
            interchange = inbound.read(payload);
            source = inbound.source(interchange);
        } catch (MappingException unreadable) {
            return;
        }
        TradingPartner partner = partners.bySender(tenant, source.getSystem()).orElse(null);
        if (partner == null || onlyAcknowledgements(interchange)) {
            return;
        }
        Throwable failure = HubErrorHandling.refusalOf(exchange);
        AcceptedMessage accepted = failure == null ? exchange.getMessage().getBody(AcceptedMessage.class) : null;
        Instant now = clock.instant();
        boolean first = received.record(source.getSystem(), source.getMessageId(), tenant, partner.id(),
                failure == null, now);
        if (!first || accepted != null && accepted.duplicate()) {
            answerDuplicate(partner, interchange, now);
            return;
        }
        List<TransactionOutcome> outcomes = outcomes(inbound, partner, tenant, interchange, failure);
        if (sendsAcknowledgement(partner, interchange, outcomes)) {
            outbox.send(partner, acknowledgementType(partner), numbers -> builder(partner, numbers)
                    .build(interchange, outcomes, now).payload());
        }
        if (accepted != null) {
            exchange.setProperty(TenderResponses.DECLINED_PROPERTY, tenders.answer(partner, interchange,
                    accepted.orders()));
        }
    }

    /** A 997, 999 or CONTRL is never acknowledged, accepted or not: the partner would answer ours again. */
    static boolean onlyAcknowledgements(EdiInterchange interchange) {
        return !interchange.transactions().isEmpty() && interchange.transactions().stream()
                .allMatch(t -> SentDocuments.ACKNOWLEDGEMENTS.contains(t.type()));
    }

    private void answerDuplicate(TradingPartner partner, EdiInterchange interchange, Instant now) {
        if (partner.acknowledgements() == AckPolicy.NEVER || !partner.receives(acknowledgementType(partner))) {
            return;
        }
        boolean x12 = partner.standard() == Standard.X12;
        outbox.send(partner, x12 ? "TA1" : "CONTRL", numbers -> x12
                ? new DuplicateInterchangeNotice(numbers, partner.ediSyntax()).build(interchange.header(), now)
                : new ControlMessageBuilder(numbers, partner.ediSyntax()).duplicate(interchange.header(), now));
    }

    /**
     * Each set's outcome as the mapper sees it, with sets of a type not agreed with the partner rejected as not
     * supported, and, when the hub refused the interchange for a reason outside any one set (an address it cannot
     * normalise, an envelope addressed to someone else), every set rejected with that reason.
     */
    static List<TransactionOutcome> outcomes(EdiInbound inbound, TradingPartner partner, String tenant,
            EdiInterchange interchange, Throwable failure) {
        List<TransactionOutcome> outcomes = inbound.outcomes(tenant, interchange).stream()
                .map(o -> partner.inbound().contains(o.transaction().type()) || !o.supported() ? o
                        : new TransactionOutcome(o.transaction(), new MappingException(EdiInbound.name(o.transaction()),
                                o.transaction().type() + " is not agreed with this partner"), false))
                .toList();
        if (failure instanceof InvalidMessageException refused && outcomes.stream()
                .allMatch(TransactionOutcome::accepted)) {
            Violation first = refused.getViolations().get(0);
            MappingException reason = new MappingException(first.field(), first.reason());
            return outcomes.stream().map(o -> new TransactionOutcome(o.transaction(), reason, true)).toList();
        }
        return outcomes;
    }

    static boolean sendsAcknowledgement(TradingPartner partner, EdiInterchange interchange,
            List<TransactionOutcome> outcomes) {
        if (!partner.receives(acknowledgementType(partner))) {
            return false;
        }
        boolean clean = interchange.errors().isEmpty() && outcomes.stream()
                .allMatch(o -> o.accepted() && o.transaction().errors().isEmpty());
        return partner.acknowledgements() == AckPolicy.ALWAYS
                || partner.acknowledgements() == AckPolicy.ON_ERROR && !clean;
    }

    static String acknowledgementType(TradingPartner partner) {
        return partner.standard() == Standard.X12 ? "997" : "CONTRL";
    }

    static AcknowledgementBuilder builder(TradingPartner partner, ControlNumbers numbers) {
        return partner.standard() == Standard.X12 ? new X12AcknowledgementBuilder(numbers, partner.ediSyntax(),
                partner.usage())
                : new ControlMessageBuilder(numbers, partner.ediSyntax());
    }
}
