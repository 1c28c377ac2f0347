package io.lastmilehub.hub.soap;

import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.messagelog.OutboundOutcomes;
import io.lastmilehub.hub.messaging.Addresses;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * For each tenant with a SAP SOAP status endpoint: a shared durable subscription to the status topic, selecting the
 * tenant's events (kept by the broker while the hub is down, shared by the instances of a scaled-out hub), hands each
 * event to {@code direct:sap-soap-status-<tenant>}, which sends it to SAP. A failed send is redelivered with back-off
 * and then dead-lettered with the event; a replay goes to the direct endpoint, so to SAP only. Each event sent is in
 * the message log ({@link SapStatusLog}): ACKNOWLEDGED when SAP answered, RETRIED, DEAD_LETTERED, REPLAYED.
 */
@Component
public class SapStatusRoutes extends RouteBuilder {

    private final SapStatusPush push;
    private final SapStatusLog statusLog;
    private final OutboundOutcomes outcomes;

    public SapStatusRoutes(SapStatusPush push, SapStatusLog statusLog, OutboundOutcomes outcomes) {
        this.push = push;
        this.statusLog = statusLog;
        this.outcomes = outcomes;
    }

    @Override
    public void configure() {
        for (String tenant : push.tenants()) {
            String send = "direct:sap-soap-status-" + tenant;
            from("jms:topic:" + Addresses.STATUS + "?subscriptionDurable=true&subscriptionShared=true"
                    + "&subscriptionName=sap-soap-status-" + tenant + "&transacted=true"
                    + "&selector=RAW(" + Addresses.TENANT_HEADER + " = '" + tenant.replace("'", "''") + "')")
                    .routeId("sap-soap-status-in-" + tenant).routeConfigurationId(HubErrorHandling.ID)
                    .to(send);

            from(send).routeId("sap-soap-status-" + tenant).routeConfigurationId(HubErrorHandling.ID)
                    .bean(statusLog, "record")
                    .process(exchange -> push.send(tenant, exchange.getMessage().getBody(String.class)))
                    .bean(outcomes, "acknowledged");
        }
    }
}
