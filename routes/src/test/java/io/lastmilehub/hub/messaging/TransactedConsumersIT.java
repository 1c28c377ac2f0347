package io.lastmilehub.hub.messaging;

import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.jms.JmsEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route that takes messages off a queue of the hub does so in a transacted session, so that a message is
 * acknowledged only once its step is done: a hub killed mid-step finds it again after the restart. A consumer left
 * in the JMS default (auto-acknowledge) has the message acknowledged before its step runs, and a kill loses it: a
 * webhook killed mid-send was never sent after the restart. The component-level {@code camel.component.jms.transacted}
 * did not reach the routes that left it out (the hub has no camel-jms starter to bind it).
 */
class TransactedConsumersIT extends HubIntegrationTest {

    /** The tracking page's live updates: topics whose events are of no use after a restart. */
    private static final Set<String> UNACKNOWLEDGED_ON_PURPOSE = Set.of("tracking-page-status", "tracking-page-eta");

    @Autowired
    private CamelContext camel;

    @Test
    void everyRouteConsumingFromTheBrokerIsTransacted() {
        List<Route> consumers = camel.getRoutes().stream()
                .filter(route -> route.getEndpoint() instanceof JmsEndpoint)
                .filter(route -> !UNACKNOWLEDGED_ON_PURPOSE.contains(route.getRouteId())).toList();

        assertThat(consumers).as("routes consuming from the broker").hasSizeGreaterThan(10);
        assertThat(consumers).filteredOn(route -> !((JmsEndpoint) route.getEndpoint()).isTransacted())
                .extracting(Route::getRouteId).as("consumers that acknowledge before their step is done").isEmpty();
    }
}
