package io.lastmilehub.hub.messaging;

import io.lastmilehub.hub.config.HubProperties;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.support.JmsUtils;
import org.springframework.jms.support.destination.DestinationResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The templates the hub sends to the broker with. A send inside a JMS consumer's transaction uses the consumer's
 * session, so that it commits with the consumption (the consumers' connections: the shared one and, on a cluster, one
 * per broker, {@link BrokerNodes}). Any other send (an inbound request's, a scheduled job's) uses a
 * connection of its own that tries the broker once and waits at most {@code lastmile.broker.send-timeout}: on the
 * connection the listener containers share, a request's send queued behind every container's reconnect attempts
 * while the broker was down and held the request for minutes instead of answering 503.
 *
 * <p>That connection keeps a session (and its producers) for every request thread that may send at once: with
 * Spring's default of one, concurrent requests opened and closed a session each, one after the other on the shared
 * connection, each authenticated anew. Destinations are looked up once ({@link CachedDestinations}).
 */
@Component
public class BrokerSenders implements DisposableBean {

    private final ActiveMQConnectionFactory boundedTarget;
    private final CachingConnectionFactory bounded;
    /** The templates of each consumers' connection factory, under it. */
    private final Map<ConnectionFactory, Templates> ofConsumers = new LinkedHashMap<>();
    private final Templates ofBounded;
    private final DestinationResolver destinations = new CachedDestinations();

    public BrokerSenders(ConnectionFactory connectionFactory, BrokerNodes nodes, HubProperties properties,
                         ObjectProvider<ServerProperties> server) {
        this.boundedTarget = bounded(BrokerNodes.artemis(connectionFactory),
                properties.broker().sendTimeout().toMillis());
        this.bounded = new CachingConnectionFactory(boundedTarget);
        this.bounded.setSessionCacheSize(requestThreads(server));
        ofConsumers.put(connectionFactory, new Templates(connectionFactory, destinations));
        nodes.factories().forEach(node -> ofConsumers.putIfAbsent(node, new Templates(node, destinations)));
        this.ofBounded = new Templates(bounded, destinations);
    }

    /** Tomcat's maximum of request threads (200 unless server.tomcat.threads.max says otherwise). */
    private static int requestThreads(ObjectProvider<ServerProperties> server) {
        return server.getIfAvailable(ServerProperties::new).getTomcat().getThreads().getMax();
    }

    /** Sends to queues, transacted (see the class comment for which connection). */
    public JmsTemplate queues() {
        return current().queues();
    }

    /** Sends to topics, transacted (see the class comment for which connection). */
    public JmsTemplate topics() {
        return current().topics();
    }

    /**
     * Sends messages to their topics at once, in one broker transaction on the hub's own connection, whatever
     * transaction or consumer is under way: for the messages of a database transaction that has completed
     * ({@link EventOutbox}).
     */
    void publishNow(List<OutboxMessage> messages) {
        publish(messages, true);
    }

    /**
     * Sends messages to their topics at once, each on its own (a persistent send outside a transaction returns once
     * the broker has it): a message the broker has already under its duplicate id is dropped without failing the
     * others, which in one transaction would have rolled them all back.
     */
    void publishEachNow(List<OutboxMessage> messages) {
        publish(messages, false);
    }

    private void publish(List<OutboxMessage> messages, boolean oneTransaction) {
        try (Connection connection = bounded.createConnection();
             Session session = connection.createSession(oneTransaction,
                     oneTransaction ? Session.SESSION_TRANSACTED : Session.AUTO_ACKNOWLEDGE)) {
            for (OutboxMessage message : messages) {
                try (MessageProducer producer = session.createProducer(
                        destinations.resolveDestinationName(session, message.topic(), true))) {
                    producer.send(message.toJms(session));
                }
            }
            if (oneTransaction) {
                session.commit();
            }
        } catch (JMSException e) {
            throw JmsUtils.convertJmsAccessException(e);
        }
    }

    @Override
    public void destroy() {
        bounded.destroy();
        boundedTarget.close();
    }

    /** A listener container exposes its session under its connection factory while a message is being handled. */
    private Templates current() {
        for (Map.Entry<ConnectionFactory, Templates> consumers : ofConsumers.entrySet()) {
            if (TransactionSynchronizationManager.hasResource(consumers.getKey())) {
                return consumers.getValue();
            }
        }
        return ofBounded;
    }

    /** The same broker, transport and credentials as the shared factory, with bounded connect and call times. */
    private static ActiveMQConnectionFactory bounded(ActiveMQConnectionFactory shared, long timeoutMillis) {
        TransportConfiguration[] connectors = Arrays.stream(shared.getStaticConnectors())
                .map(connector -> withConnectTimeout(connector, timeoutMillis))
                .toArray(TransportConfiguration[]::new);
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(false, connectors);
        factory.setUser(shared.getUser());
        factory.setPassword(shared.getPassword());
        factory.setInitialConnectAttempts(1);
        factory.setReconnectAttempts(0);
        factory.setCallTimeout(timeoutMillis);
        factory.setCallFailoverTimeout(timeoutMillis);
        return factory;
    }

    private static TransportConfiguration withConnectTimeout(TransportConfiguration connector, long timeoutMillis) {
        if (!NettyConnectorFactory.class.getName().equals(connector.getFactoryClassName())) {
            return connector;
        }
        Map<String, Object> params = new HashMap<>(connector.getParams());
        params.put(TransportConstants.NETTY_CONNECT_TIMEOUT, (int) timeoutMillis);
        return new TransportConfiguration(connector.getFactoryClassName(), params, connector.getName());
    }

    private record Templates(JmsTemplate queues, JmsTemplate topics) {

        Templates(ConnectionFactory connectionFactory, DestinationResolver destinations) {
            this(template(connectionFactory, destinations, false), template(connectionFactory, destinations, true));
        }

        private static JmsTemplate template(ConnectionFactory connectionFactory, DestinationResolver destinations,
                                            boolean topics) {
            JmsTemplate template = new JmsTemplate(connectionFactory);
            template.setDestinationResolver(destinations);
            template.setPubSubDomain(topics);
            template.setSessionTransacted(true);
            return template;
        }
    }
}
