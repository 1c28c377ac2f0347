package io.lastmilehub.hub.acknowledgement;

import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.edi.EdiAcknowledgements;
import io.lastmilehub.hub.edi.TenderResponses;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.sap.IdocAcknowledgements;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * What the sender of an inbound message hears back on its own channel, beyond the HTTP answer: the outcome of every
 * inbound message (accepted by the inbound route, refused by {@link HubErrorHandling}) comes here. For an EDI partner
 * a 997/CONTRL and 990s, queued for its transport route (other formats pass); for SAP, an ALEAUD audit IDoc, queued
 * for the sap-idoc-outbound route template. Each is logged in the message log. Its own package, as it serves both
 * EDI and SAP.
 */
@Component
public class AcknowledgementRoutes extends RouteBuilder {

    private final EdiAcknowledgements ediAcknowledgements;
    private final IdocAcknowledgements idocAcknowledgements;
    private final TenderResponses tenderResponses;

    public AcknowledgementRoutes(EdiAcknowledgements ediAcknowledgements, IdocAcknowledgements idocAcknowledgements,
                                 TenderResponses tenderResponses) {
        this.ediAcknowledgements = ediAcknowledgements;
        this.idocAcknowledgements = idocAcknowledgements;
        this.tenderResponses = tenderResponses;
    }

    @Override
    public void configure() {
        from(HubErrorHandling.OUTCOME).routeId("inbound-acknowledgement").routeConfigurationId(HubErrorHandling.ID)
                .bean(ediAcknowledgements, "acknowledge")
                .bean(tenderResponses, "cancelDeclined")
                .filter(header(Addresses.FORMAT_HEADER).isEqualTo("idoc"))
                .bean(idocAcknowledgements, "acknowledge");
    }
}
