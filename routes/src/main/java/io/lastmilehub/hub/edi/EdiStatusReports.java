package io.lastmilehub.hub.edi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.edifact.StatusReportBuilder;
import io.lastmilehub.connectors.x12.ShipmentStatusBuilder;
import io.lastmilehub.hub.edi.TradingPartner.Standard;
import io.lastmilehub.hub.edi.TradingPartner.StatusScope;
import io.lastmilehub.hub.messagelog.BusinessKeys;
import io.lastmilehub.model.DeliveryStatusEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Tells trading partners about status changes: an X12 214 or EDIFACT IFTSTA, with the partner's own status and
 * reason codes, for every change of an order that came from the partner (or of any order of its tenant, for a
 * partner with status scope {@code tenant}). A status the partner's code table leaves out is not sent.
 */
@Component("ediStatusReports")
public class EdiStatusReports {

    private static final Logger LOG = LoggerFactory.getLogger(EdiStatusReports.class);

    private final TradingPartners partners;
    private final PartnerOutbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public EdiStatusReports(TradingPartners partners, PartnerOutbox outbox, ObjectMapper json, Clock clock) {
        this.partners = partners;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** A status event from the status topic. */
    @Transactional
    public void onStatus(String eventJson) throws JsonProcessingException {
        DeliveryStatusEvent event = json.readValue(eventJson, DeliveryStatusEvent.class);
        String source = event.getSource() == null ? null : event.getSource().getSystem();
        Instant now = clock.instant();
        for (TradingPartner partner : partners.all()) {
            String type = partner.standard() == Standard.X12 ? "214" : "IFTSTA";
            boolean concerned = partner.tenant().equals(event.getTenant()) && partner.receives(type)
                    && (partner.status().scope() == StatusScope.TENANT || partner.sourceSystem().equals(source));
            if (!concerned) {
                continue;
            }
            if (!partner.statusCodes().sends(event.getStatus())) {
                LOG.debug("Partner {} takes no {} status (event {})", partner.id(), event.getStatus(),
                        event.getEventId());
                continue;
            }
            outbox.send(partner, type, new BusinessKeys().event(event), numbers -> partner.standard() == Standard.X12
                    ? new ShipmentStatusBuilder(partner.x12Parties(), partner.ediSyntax(), partner.scac(),
                            partner.statusCodes(), numbers).build(event, now)
                    : new StatusReportBuilder(partner.edifactParties(), partner.ediSyntax(), partner.statusCodes(),
                            numbers).build(event, now));
        }
    }
}
