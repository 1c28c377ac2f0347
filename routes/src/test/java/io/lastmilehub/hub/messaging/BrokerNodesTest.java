package io.lastmilehub.hub.messaging;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.api.config.ServerLocatorConfig;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.support.SimpleRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.connection.SingleConnectionFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerNodesTest {

    private static final String CLUSTER =
            "(tcp://127.0.0.1:61701,tcp://127.0.0.1:61702)?ha=true&reconnectAttempts=-1&retryInterval=500";

    @Test
    void whenTheUrlNamesTwoBrokers_groupedQueuesAreConsumedOnEach_throughItsOwnFailingOverConnection() {
        BrokerNodes nodes = new BrokerNodes(new CachingConnectionFactory(
                new ActiveMQConnectionFactory(CLUSTER, "hub", "secret")));
        SimpleRegistry registry = new SimpleRegistry();

        List<String> endpoints = nodes.queueOnEach("lastmile.planning.requests", registry);

        assertThat(endpoints).hasSize(2).allSatisfy(endpoint -> assertThat(endpoint)
                .startsWith(BrokerConsumers.queue("lastmile.planning.requests") + "&connectionFactory=#"));
        assertThat(nodes.factories()).extracting(node -> port(BrokerNodes.artemis(node)))
                .containsExactly(61701, 61702);
        for (int node = 0; node < endpoints.size(); node++) {
            String name = endpoints.get(node).substring(endpoints.get(node).indexOf('#') + 1);
            ConnectionFactory registered = registry.lookupByNameAndType(name, ConnectionFactory.class);
            assertThat(registered).isSameAs(nodes.factories().get(node));
            // Kept for the hub's life: not Spring's caching factory, which drops its connection on an error.
            assertThat(registered).isExactlyInstanceOf(SingleConnectionFactory.class);
            ActiveMQConnectionFactory factory = BrokerNodes.artemis(registered);
            ServerLocatorConfig settings = factory.getServerLocator().getLocatorConfig();
            assertThat(factory.isHA()).isTrue();
            assertThat(settings.reconnectAttempts).isEqualTo(-1);
            assertThat(settings.retryInterval).isEqualTo(500);
            assertThat(settings.useTopologyForLoadBalancing).as("connects to its own broker").isFalse();
            assertThat(factory.getUser()).isEqualTo("hub");
            assertThat(factory.getPassword()).isEqualTo("secret");
        }
        nodes.destroy();
    }

    @Test
    void whenThereIsOneBroker_theSharedConnectionIsTheOnlyNode() {
        ConnectionFactory shared = new CachingConnectionFactory(new ActiveMQConnectionFactory("vm://0"));
        BrokerNodes nodes = new BrokerNodes(shared);

        assertThat(nodes.factories()).containsExactly(shared);
        assertThat(nodes.queueOnEach("lastmile.orders.received", new SimpleRegistry()))
                .containsExactly(BrokerConsumers.queue("lastmile.orders.received"));
    }

    @Test
    void eachBrokerGetsAShareOfTheConsumers_atLeastOne() {
        assertThat(BrokerNodes.share(4, 1)).isEqualTo(4);
        assertThat(BrokerNodes.share(4, 2)).isEqualTo(2);
        assertThat(BrokerNodes.share(2, 3)).isEqualTo(1);
        assertThat(BrokerNodes.share(3, 2)).isEqualTo(2);
    }

    private static int port(ActiveMQConnectionFactory factory) {
        assertThat(factory.getStaticConnectors()).hasSize(1);
        return Integer.parseInt(factory.getStaticConnectors()[0].getParams().get("port").toString());
    }
}
