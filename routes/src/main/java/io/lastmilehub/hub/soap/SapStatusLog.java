package io.lastmilehub.hub.soap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.canonical.CanonicalXml;
import io.lastmilehub.hub.messagelog.BusinessKeys;
import io.lastmilehub.hub.messagelog.LoggedMessage;
import io.lastmilehub.hub.messagelog.MessageLog;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.model.DeliveryStatusEvent;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs each status event pushed to SAP over SOAP, before it is sent, as {@code soap-status} with the canonical XML
 * the request carries and the keys of its order; the exchange then names the entry, for its retries, SAP's answer
 * (ACKNOWLEDGED) or its dead letter to be recorded there. A replayed event names its entry already and is not logged
 * twice.
 */
@Component
public class SapStatusLog {

    static final String FORMAT = "soap-status";

    private final MessageLog log;
    private final ObjectMapper json;

    public SapStatusLog(MessageLog log, ObjectMapper json) {
        this.log = log;
        this.json = json;
    }

    @Transactional
    public void record(Exchange exchange) throws JsonProcessingException {
        if (exchange.getMessage().getHeader(Addresses.LOG_ENTRY_HEADER) != null) {
            return;
        }
        DeliveryStatusEvent event = json.readValue(exchange.getMessage().getBody(String.class),
                DeliveryStatusEvent.class);
        log.record(LoggedMessage.sent(event.getTenant(), FORMAT, "SAP", "application/xml",
                CanonicalXml.toXmlBytes(event), new BusinessKeys().event(event).list()))
                .ifPresent(entry -> exchange.getMessage().setHeader(Addresses.LOG_ENTRY_HEADER, entry));
    }
}
