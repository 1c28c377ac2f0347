package io.lastmilehub.hub.inbound.jobs;

import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.messaging.BrokerConsumers;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The inbound job consumer: one per hub instance, so that a large message is taken in while the request threads,
 * the intake stage and the other jobs' instances go on (the broker holds no job back for a busy consumer).
 */
@Component
class InboundJobRoutes extends RouteBuilder {

    private final InboundJobRunner runner;

    InboundJobRoutes(InboundJobRunner runner) {
        this.runner = runner;
    }

    @Override
    public void configure() {
        from(BrokerConsumers.queue(Addresses.INBOUND_JOBS)).routeId("inbound-job")
                .routeConfigurationId(HubErrorHandling.ID)
                .bean(runner, "run(${body})");
    }
}
