package io.lastmilehub.hub.sap;

import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.messaging.BrokerConsumers;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Listens to the hub's status and cost topics for SAP, each through a durable queue of its own on the topic's
 * address (Artemis' fully qualified queue name {@code address::queue}): nothing published while the hub is down is
 * lost, and several hub instances compete for the work instead of each doing it (the queues are declared in
 * {@link io.lastmilehub.hub.messaging.BrokerConfig}; on an external broker, declare them as multicast queues).
 */
@Component
public class SapRoutes extends RouteBuilder {


    private final SapStatusIdocs sapStatusIdocs;

    public SapRoutes(SapStatusIdocs sapStatusIdocs) {
        this.sapStatusIdocs = sapStatusIdocs;
    }

    @Override
    public void configure() {
        from(BrokerConsumers.subscription(Addresses.STATUS, Addresses.SAP_STATUS_SUBSCRIPTION)).routeId("sap-shipment-status")
                .routeConfigurationId(HubErrorHandling.ID)
                .bean(sapStatusIdocs, "onStatus");

        from(BrokerConsumers.subscription(Addresses.COST, Addresses.SAP_COST_SUBSCRIPTION)).routeId("sap-freight-cost")
                .routeConfigurationId(HubErrorHandling.ID)
                .bean(sapStatusIdocs, "onPlanCost");
    }
}
