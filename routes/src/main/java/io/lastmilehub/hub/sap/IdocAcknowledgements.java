package io.lastmilehub.hub.sap;

import io.lastmilehub.connectors.sap.IdocInboundMapper;
import io.lastmilehub.connectors.sap.idoc.ControlRecord;
import io.lastmilehub.connectors.sap.status.AleAuditBuilder;
import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.inbound.AcceptedMessage;
import io.lastmilehub.hub.inbound.InboundRoutes;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.errors.Violation;
import io.lastmilehub.hub.messagelog.BusinessKeys;
import io.lastmilehub.hub.messagelog.KeyType;
import io.lastmilehub.hub.messaging.Addresses;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The ALEAUD audit IDoc SAP expects for every IDoc it sent: status 53 when the hub applied it, 51 with the segment,
 * field and reason when it refused it. An IDoc whose control record cannot even be read gets none (SAP could not
 * match it); its sender sees the HTTP 400 and the dead letter instead. The audit is queued for the tenant's
 * sap-idoc-outbound route and logged ({@link SapOutbox}) with its own DOCNUM, the acknowledged IDoc's DOCNUM and the
 * orders it made, so that it shows in their timelines.
 */
@Component("idocAcknowledgements")
public class IdocAcknowledgements {

    private final IdocInboundMapper idocs = new IdocInboundMapper();
    private final IdocNumbers numbers;
    private final SapOutbox outbox;
    private final Clock clock;

    public IdocAcknowledgements(IdocNumbers numbers, SapOutbox outbox, Clock clock) {
        this.numbers = numbers;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Queues the ALEAUD for the inbound IDoc of this exchange, if there is one to acknowledge. */
    @Transactional
    public void acknowledge(Exchange exchange) {
        byte[] payload = exchange.getProperty(InboundRoutes.PAYLOAD_PROPERTY, byte[].class);
        Optional<ControlRecord> control = payload == null ? Optional.empty() : idocs.readControlRecord(payload);
        String tenant = exchange.getMessage().getHeader(Addresses.TENANT_HEADER, String.class);
        if (control.isEmpty() || tenant == null) {
            return;
        }
        BusinessKeys keys = new BusinessKeys().add(KeyType.DOCNUM, control.get().docnum());
        AleAuditBuilder audit = AleAuditBuilder.confirming(control.get()).docnum(numbers.nextPadded())
                .createdAt(ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)));
        Throwable failure = HubErrorHandling.refusalOf(exchange);
        if (failure instanceof InvalidMessageException refused) {
            Violation first = refused.getViolations().get(0);
            audit.notApplied(first.field(), first.reason());
        } else {
            AcceptedMessage accepted = exchange.getMessage().getBody(AcceptedMessage.class);
            audit.applied(accepted == null ? "applied" : "applied as hub order(s) " + String.join(",",
                    accepted.orders()));
            if (accepted != null) {
                accepted.orders().forEach(order -> keys.add(KeyType.ORDER_ID, order));
            }
        }
        outbox.send(tenant, AleAuditBuilder.MESSAGE_TYPE, audit.build(), keys);
    }
}
