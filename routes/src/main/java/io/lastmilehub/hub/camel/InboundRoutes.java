package io.lastmilehub.hub.camel;

import io.lastmilehub.hub.messaging.Addresses;
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

    @Override
    public void configure() {
        from(INBOUND).routeId("inbound-message").routeConfigurationId(HubErrorHandling.ID)
                .convertBodyTo(byte[].class)
                .bean("inboundService", "accept(${header." + Addresses.TENANT_HEADER + "}, ${header."
                        + Addresses.FORMAT_HEADER + "}, ${body}, ${headers})");

        from("jms:queue:" + Addresses.ORDERS_RECEIVED + "?transacted=true").routeId("order-intake")
                .routeConfigurationId(HubErrorHandling.ID)
                .bean("orderIntake", "accept(${header." + Addresses.ORDER_HEADER + "})");
    }
}
