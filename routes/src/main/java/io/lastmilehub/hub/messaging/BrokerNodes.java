package io.lastmilehub.hub.messaging;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.api.config.ServerLocatorConfig;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.spi.Registry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jms.connection.SingleConnectionFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The brokers the hub consumes its message-grouped queues on (plan requests grouped by depot, orders grouped by
 * order): every live broker named in {@code spring.artemis.broker-url}, each through a connection of its own.
 *
 * <p>In a cluster, Artemis' grouping handler pins a group to the queue of one broker, and it never redistributes a
 * grouped message to another broker: a group whose broker has no consumer waits for ever. The listeners' shared
 * connection reaches one broker only, picked at random; a hub killed while it was the only consumer on its broker
 * left the depot's plan requests there unplanned, also after that broker's backup took over (ScaleOutIT). Consuming
 * on every broker, as Artemis' clustered grouping advice says, leaves a consumer on each as long as one hub runs.
 * Each of these connections goes to its broker only, not wherever the topology's load balancing picks, fails over to
 * that broker's backup like the shared one, and is kept for the hub's life: a listener container that refreshes its
 * connection after an error (as after a failover) gets the same, failed-over one back; a new connection would go to
 * the dead broker, since it is the only one such a connection knows before the topology. With one broker (the
 * embedded one, or a URL naming one) the shared connection is the only node.
 */
@Component
public class BrokerNodes implements DisposableBean {

    private static final String REGISTRY_NAME = "lastmileBrokerNode";

    private final ConnectionFactory shared;
    private final List<ActiveMQConnectionFactory> targets;
    private final List<SingleConnectionFactory> ofEachBroker;

    public BrokerNodes(ConnectionFactory connectionFactory) {
        this.shared = connectionFactory;
        ActiveMQConnectionFactory artemis = artemis(connectionFactory);
        TransportConfiguration[] brokers = artemis.getStaticConnectors();
        this.targets = brokers.length < 2 ? List.of()
                : Arrays.stream(brokers).map(broker -> ofOne(artemis, broker)).toList();
        this.ofEachBroker = targets.stream().map(SingleConnectionFactory::new).toList();
    }

    /** The connection factories to consume grouped queues with: the shared one alone, or one per broker. */
    public List<ConnectionFactory> factories() {
        return ofEachBroker.isEmpty() ? List.of(shared) : List.copyOf(ofEachBroker);
    }

    /**
     * One transacted consumer endpoint of {@code queue} per broker ({@link BrokerConsumers#queue}); the factories
     * they name are bound in {@code registry}.
     */
    public List<String> queueOnEach(String queue, Registry registry) {
        if (ofEachBroker.isEmpty()) {
            return List.of(BrokerConsumers.queue(queue));
        }
        List<String> endpoints = new ArrayList<>();
        for (int node = 0; node < ofEachBroker.size(); node++) {
            registry.bind(REGISTRY_NAME + node, ConnectionFactory.class, ofEachBroker.get(node));
            endpoints.add(BrokerConsumers.queue(queue) + "&connectionFactory=#" + REGISTRY_NAME + node);
        }
        return endpoints;
    }

    /** A route's id on the {@code node}th broker: the first keeps the plain id (alone with one broker). */
    public static String routeId(String routeId, int node) {
        return node == 0 ? routeId : routeId + "-node" + (node + 1);
    }

    /** A share of {@code consumers} for each of {@code nodes} brokers, at least one on each. */
    public static int share(int consumers, int nodes) {
        return Math.max(1, (consumers + nodes - 1) / nodes);
    }

    @Override
    public void destroy() {
        ofEachBroker.forEach(SingleConnectionFactory::destroy);
        targets.forEach(ActiveMQConnectionFactory::close);
    }

    /** The shared factory's settings (HA, reconnecting, credentials) for {@code broker} alone. */
    private static ActiveMQConnectionFactory ofOne(ActiveMQConnectionFactory shared, TransportConfiguration broker) {
        ServerLocator locator = shared.isHA() ? ActiveMQClient.createServerLocatorWithHA(broker)
                : ActiveMQClient.createServerLocatorWithoutHA(broker);
        ServerLocatorConfig settings = new ServerLocatorConfig(shared.getServerLocator().getLocatorConfig());
        // Connect to this broker, not to one of the topology's picked at random; failing over still uses the topology.
        settings.useTopologyForLoadBalancing = false;
        locator.setLocatorConfig(settings);
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(locator);
        factory.setUser(shared.getUser());
        factory.setPassword(shared.getPassword());
        return factory;
    }

    /** The Artemis client's factory behind Spring's caching one. */
    static ActiveMQConnectionFactory artemis(ConnectionFactory connectionFactory) {
        if (connectionFactory instanceof ActiveMQConnectionFactory artemis) {
            return artemis;
        }
        if (connectionFactory instanceof SingleConnectionFactory single) {
            return artemis(single.getTargetConnectionFactory());
        }
        throw new IllegalStateException("The broker connection is not an Artemis client's: "
                + connectionFactory.getClass().getName() + " (spring.artemis.pool is not supported)");
    }
}
