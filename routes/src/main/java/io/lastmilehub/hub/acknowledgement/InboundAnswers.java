package io.lastmilehub.hub.acknowledgement;

import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.edi.EdiAcknowledgements;
import io.lastmilehub.hub.edi.EdiStandards;
import io.lastmilehub.hub.edi.TenderResponses;
import io.lastmilehub.hub.inbound.AcceptedMessage;
import io.lastmilehub.hub.inbound.InboundRoutes;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.sap.IdocAcknowledgements;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Answers the sender of an inbound message on its own channel (the EDI partner's 997/CONTRL and 990s, cancelling
 * the declined tenders; SAP's ALEAUD) and, for an accepted message of such a format, marks it answered
 * ({@code answered_at}), all in one transaction: the answers are queued with the mark or not at all. Messages of
 * other formats have no channel answer and stay unmarked (a mark would cost every message a commit). An accepted
 * message left unmarked (the hub was killed between its 202 and its answer) is answered by
 * {@link InboundAnswerSweeper}; and when its sender sends it again meanwhile, that copy is answered as the first would
 * have been, not as a duplicate: the sender never had the first answer.
 */
@Component
public class InboundAnswers {

    private static final String IDOC = "idoc";

    private final EdiStandards standards;
    private final EdiAcknowledgements ediAcknowledgements;
    private final TenderResponses tenderResponses;
    private final IdocAcknowledgements idocAcknowledgements;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public InboundAnswers(EdiStandards standards, EdiAcknowledgements ediAcknowledgements,
                          TenderResponses tenderResponses, IdocAcknowledgements idocAcknowledgements, JdbcTemplate jdbc,
                          Clock clock) {
        this.standards = standards;
        this.ediAcknowledgements = ediAcknowledgements;
        this.tenderResponses = tenderResponses;
        this.idocAcknowledgements = idocAcknowledgements;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether messages of the format are answered on their sender's channel: the EDI standards, SAP's IDocs. */
    public boolean answers(String format) {
        return IDOC.equals(format) || standards.inbound(format).isPresent();
    }

    /**
     * Answers the inbound message of this exchange: the outcome of the inbound route, accepted or refused. An accepted
     * message's answer is claimed first, by marking it answered: of the answers of a message and of the copies its
     * sender sent again (wire taps that may run in any order, and the sweep), the first to claim it answers as the
     * message itself; a copy that finds it answered is a duplicate, and the message itself is then not answered again.
     */
    @Transactional
    public void answer(Exchange exchange) {
        String format = exchange.getMessage().getHeader(Addresses.FORMAT_HEADER, String.class);
        if (format == null || !answers(format)) {
            return;
        }
        AcceptedMessage accepted = HubErrorHandling.refusalOf(exchange) == null
                ? exchange.getMessage().getBody(AcceptedMessage.class) : null;
        if (accepted != null) {
            boolean claimed = claim(accepted.messageId());
            if (!claimed && !accepted.duplicate()) {
                return;
            }
            if (claimed && accepted.duplicate()) {
                exchange.getMessage().setBody(new AcceptedMessage(accepted.messageId(), accepted.orders(), false));
            }
        }
        if (IDOC.equals(format)) {
            idocAcknowledgements.acknowledge(exchange);
        } else {
            ediAcknowledgements.acknowledge(exchange);
            tenderResponses.cancelDeclined(exchange);
        }
    }

    /**
     * The exchange the inbound route's wire tap hands to {@link #answer} for a message it accepted, with its payload.
     */
    public static Exchange acceptedExchange(CamelContext camel, String tenant, String format, byte[] payload,
            AcceptedMessage accepted) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(Addresses.TENANT_HEADER, tenant);
        exchange.getMessage().setHeader(Addresses.FORMAT_HEADER, format);
        exchange.setProperty(InboundRoutes.PAYLOAD_PROPERTY, payload);
        exchange.getMessage().setBody(accepted);
        return exchange;
    }

    /** Marks the message answered unless it was; the row stays locked until the answer is queued and committed. */
    private boolean claim(String messageId) {
        return jdbc.update("update inbound_message set answered_at = ? where id = ? and answered_at is null",
                Timestamp.from(clock.instant()), messageId) == 1;
    }
}
