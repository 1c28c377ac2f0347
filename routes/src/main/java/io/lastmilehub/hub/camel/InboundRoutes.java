package io.lastmilehub.hub.camel;

import io.lastmilehub.hub.edi.EdiAcknowledgements;
import io.lastmilehub.hub.edi.EdiInboundCheck;
import io.lastmilehub.hub.edi.TenderResponses;
import io.lastmilehub.hub.inbound.InboundService;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.orders.OrderIntake;
import io.lastmilehub.hub.sap.IdocAcknowledgements;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Where every inbound message enters, whatever the transport: {@code direct:inbound} takes the raw payload with the
 * tenant and format headers (HTTP, and the file inboxes and queues integrators define in YAML, all send here).
 * Accepted orders then pass the intake stage over the durable queue.
 */
@Component
public class InboundRoutes extends RouteBuilder {

    public static final String INBOUND = "direct:inbound";
    /** Where the outcome of every inbound message (accepted or refused) goes, for acknowledgements. */
    public static final String OUTCOME = "direct:inbound-outcome";

    private final EdiAcknowledgements ediAcknowledgements;
    private final EdiInboundCheck ediInboundCheck;
    private final IdocAcknowledgements idocAcknowledgements;
    private final InboundService inboundService;
    private final OrderIntake orderIntake;
    private final TenderResponses tenderResponses;

    public InboundRoutes(EdiAcknowledgements ediAcknowledgements, EdiInboundCheck ediInboundCheck,
                         IdocAcknowledgements idocAcknowledgements, InboundService inboundService,
                         OrderIntake orderIntake, TenderResponses tenderResponses) {
        this.ediAcknowledgements = ediAcknowledgements;
        this.ediInboundCheck = ediInboundCheck;
        this.idocAcknowledgements = idocAcknowledgements;
        this.inboundService = inboundService;
        this.orderIntake = orderIntake;
        this.tenderResponses = tenderResponses;
    }

    @Override
    public void configure() {
        from(INBOUND).routeId("inbound-message").routeConfigurationId(HubErrorHandling.ID)
                .convertBodyTo(byte[].class)
                .setProperty(IdocAcknowledgements.PAYLOAD_PROPERTY, body())
                // X12 and EDIFACT: only from a configured trading partner of the tenant
                .bean(ediInboundCheck, "check(${header." + Addresses.TENANT_HEADER + "}, ${header."
                        + Addresses.FORMAT_HEADER + "}, ${body})")
                .bean(inboundService, "accept(${header." + Addresses.TENANT_HEADER + "}, ${header."
                        + Addresses.FORMAT_HEADER + "}, ${body}, ${headers})")
                .wireTap(OUTCOME);

        // What the sender hears back on its own channel, beyond the HTTP answer (refusals come here from
        // HubErrorHandling): for an EDI partner a 997/CONTRL and 990s, queued for its transport route (other formats
        // pass); for SAP, an ALEAUD audit IDoc, sent by the sap-idoc-outbound route template.
        from(OUTCOME).routeId("inbound-acknowledgement").routeConfigurationId(HubErrorHandling.ID)
                .bean(ediAcknowledgements, "acknowledge")
                .bean(tenderResponses, "cancelDeclined")
                .filter(header(Addresses.FORMAT_HEADER).isEqualTo("idoc"))
                .bean(idocAcknowledgements, "acknowledge")
                .filter(body().isNotNull())
                .setHeader(Addresses.MESSAGE_TYPE_HEADER, constant("ALEAUD"))
                .to("jms:queue:" + Addresses.SAP_OUTBOUND);

        from("jms:queue:" + Addresses.ORDERS_RECEIVED + "?transacted=true").routeId("order-intake")
                .routeConfigurationId(HubErrorHandling.ID)
                .bean(orderIntake, "accept(${header." + Addresses.ORDER_HEADER + "})");
    }
}
