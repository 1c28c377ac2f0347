package io.lastmilehub.hub.sap;

import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.sap.idoc.xml.IdocXml;
import io.lastmilehub.hub.messagelog.BusinessKeys;
import io.lastmilehub.hub.messagelog.KeyType;
import io.lastmilehub.hub.messagelog.LoggedMessage;
import io.lastmilehub.hub.messagelog.MessageLog;
import io.lastmilehub.hub.messaging.EventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

/**
 * Queues an IDoc for a tenant's SAP system (its sap-idoc-outbound route delivers it) and logs it in the message log,
 * as {@code idoc-<message type>} with its DOCNUM and the keys of what it is about, in the caller's transaction: the
 * entry and the queued IDoc commit together or not at all. The queued message names its entry, so that its retries
 * and its delivery are recorded there.
 */
@Component
public class SapOutbox {

    private final MessageLog log;
    private final EventPublisher publisher;

    public SapOutbox(MessageLog log, EventPublisher publisher) {
        this.log = log;
        this.publisher = publisher;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(String tenant, String messageType, Idoc idoc, BusinessKeys keys) {
        byte[] xml = IdocXml.write(idoc);
        String sap = idoc.control().get("RCVPRN");
        String entry = log.record(LoggedMessage.sent(tenant, "idoc-" + messageType.toLowerCase(Locale.ROOT),
                sap == null ? "SAP" : "SAP:" + sap, "application/xml", xml,
                keys.add(KeyType.DOCNUM, idoc.control().docnum()).list())).orElse(null);
        publisher.toSap(tenant, messageType, xml, entry);
    }
}
