package io.lastmilehub.hub.inbound;

import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.messaging.BrokerNodes;
import io.lastmilehub.hub.orders.OrderIntake;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Where every inbound message enters, whatever the transport: {@code direct:inbound} takes the raw payload with the
 * tenant and format headers (HTTP, and the file inboxes and queues integrators define in YAML, all send here).
 * Its outcome, accepted or refused, goes to {@link HubErrorHandling#OUTCOME} for the sender's acknowledgement.
 * Accepted orders then pass the intake stage over the durable queue, taken by {@link #INTAKE_CONSUMERS} consumers at
 * once, up to {@link #INTAKE_CONSUMERS_UNDER_LOAD} while messages wait; each order's messages form a message group,
 * so one order is taken in by one consumer at a time. On a cluster
 * they are taken on every broker ({@link BrokerNodes}), the consumers shared among them.
 */
@Component
public class InboundRoutes extends RouteBuilder {

    public static final String INBOUND = "direct:inbound";
    /** Exchange property holding the inbound payload as received, for the acknowledgements. */
    public static final String PAYLOAD_PROPERTY = "LastMilePayload";
    /**
     * Orders taken in at once. A step waits on the database and the broker's disk more than it computes: one consumer
     * used one core of two and let the queue grow under any real load.
     */
    static final int INTAKE_CONSUMERS = 4;
    /**
     * Consumers once messages wait. Request threads and intake threads share the cores by their number, and an order
     * costs the intake about what it cost to accept: 4 consumers against 16 busy request threads took in a quarter of
     * what was accepted, and the queue grew for as long as the load lasted.
     */
    static final int INTAKE_CONSUMERS_UNDER_LOAD = 16;

    private final InboundGates inboundGates;
    private final InboundService inboundService;
    private final OrderIntake orderIntake;
    private final BrokerNodes brokerNodes;

    public InboundRoutes(InboundGates inboundGates, InboundService inboundService, OrderIntake orderIntake,
                         BrokerNodes brokerNodes) {
        this.inboundGates = inboundGates;
        this.inboundService = inboundService;
        this.orderIntake = orderIntake;
        this.brokerNodes = brokerNodes;
    }

    @Override
    public void configure() {
        from(INBOUND).routeId("inbound-message").routeConfigurationId(HubErrorHandling.ID)
                .convertBodyTo(byte[].class)
                .setProperty(PAYLOAD_PROPERTY, body())
                // X12 and EDIFACT: only from a configured trading partner of the tenant
                .bean(inboundGates, "check(${header." + Addresses.TENANT_HEADER + "}, ${header."
                        + Addresses.FORMAT_HEADER + "}, ${body})")
                .bean(inboundService, "accept(${header." + Addresses.TENANT_HEADER + "}, ${header."
                        + Addresses.FORMAT_HEADER + "}, ${body}, ${headers})")
                .wireTap(HubErrorHandling.OUTCOME);

        List<String> onEachBroker = brokerNodes.queueOnEach(Addresses.ORDERS_RECEIVED, getContext().getRegistry());
        int share = BrokerNodes.share(INTAKE_CONSUMERS, onEachBroker.size());
        int most = BrokerNodes.share(INTAKE_CONSUMERS_UNDER_LOAD, onEachBroker.size());
        for (int node = 0; node < onEachBroker.size(); node++) {
            from(onEachBroker.get(node) + "&concurrentConsumers=" + share + "&maxConcurrentConsumers=" + most)
                    .routeId(BrokerNodes.routeId("order-intake", node)).routeConfigurationId(HubErrorHandling.ID)
                    .bean(orderIntake, "accept(${header." + Addresses.ORDER_HEADER + "})");
        }
    }
}
