package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.messaging.BrokerConsumers;
import io.lastmilehub.hub.messaging.BrokerNodes;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Planning over the broker. Plan requests are consumed by several concurrent consumers in transacted sessions; the
 * depot's message group keeps one depot on one consumer at a time, so a depot is never planned twice at once while
 * other depots are planned in parallel (also across hub instances sharing the broker). A solve that throws is
 * redelivered with back-off and then dead-lettered (hub-errors); a hub that dies mid-solve leaves the message
 * unacknowledged, and the broker delivers it again. Delays on the status topic reach the re-plan trigger through a
 * durable queue of their own.
 */
@Component
public class PlanningRoutes extends RouteBuilder {

    private final int consumers;

    private final PlanRequestRunner planRequestRunner;
    private final DelayReplanTrigger delayReplanTrigger;
    private final BrokerNodes brokerNodes;

    public PlanningRoutes(HubProperties properties, PlanRequestRunner planRequestRunner,
                          DelayReplanTrigger delayReplanTrigger, BrokerNodes brokerNodes) {
        this.consumers = properties.planning().consumers();
        this.planRequestRunner = planRequestRunner;
        this.delayReplanTrigger = delayReplanTrigger;
        this.brokerNodes = brokerNodes;
    }

    @Override
    public void configure() {
        List<String> onEachBroker = brokerNodes.queueOnEach(Addresses.PLANNING_REQUESTS, getContext().getRegistry());
        int share = BrokerNodes.share(consumers, onEachBroker.size());
        for (int node = 0; node < onEachBroker.size(); node++) {
            from(onEachBroker.get(node) + "&concurrentConsumers=" + share + "&maxConcurrentConsumers=" + share)
                    .routeId(BrokerNodes.routeId("plan-requests", node)).routeConfigurationId(HubErrorHandling.ID)
                    .bean(planRequestRunner, "run(${header." + Addresses.PLAN_HEADER + "}, ${header."
                            + Exchange.REDELIVERY_COUNTER + "})");
        }

        from(BrokerConsumers.subscription(Addresses.STATUS, Addresses.PLANNING_DELAYS_SUBSCRIPTION))
                .routeId("replan-on-delay").routeConfigurationId(HubErrorHandling.ID)
                .bean(delayReplanTrigger, "onDelay(${body}, ${header." + Addresses.DELAY_HEADER + "})");
    }
}
