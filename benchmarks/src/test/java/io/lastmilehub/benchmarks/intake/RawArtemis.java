package io.lastmilehub.benchmarks.intake;

import io.lastmilehub.benchmarks.inbound.CanonicalOrders;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import java.nio.file.Path;

/**
 * The broker baseline: Artemis embedded in this JVM with its defaults, a persistent journal in a directory of its
 * own, and producers over the in-VM connector, each sending one persistent order per transaction and committing it,
 * as the hub's request threads do. The broker the hub embeds cannot do better than this.
 */
final class RawArtemis implements ClosedLoop.Clients, AutoCloseable {

    private static final String QUEUE = "lastmile.orders.received";

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final ActiveMQConnectionFactory factory;
    private final Connection connection;

    RawArtemis(Path dataDir) throws Exception {
        broker.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(true).setSecurityEnabled(false)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large").toString())
                .addAcceptorConfiguration("in-vm", "vm://0"));
        broker.start();
        factory = new ActiveMQConnectionFactory("vm://0");
        connection = factory.createConnection();
    }

    @Override
    public ClosedLoop.Client open(int index) throws Exception {
        Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
        MessageProducer producer = session.createProducer(session.createQueue(QUEUE));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        return new ClosedLoop.Client() {
            @Override
            public void call(int sequence) throws Exception {
                producer.send(session.createTextMessage(CanonicalOrders.orderAcrossTown("raw-" + sequence,
                        sequence)));
                session.commit();
            }

            @Override
            public void close() throws Exception {
                session.close();
            }
        };
    }

    @Override
    public void close() throws Exception {
        connection.close();
        factory.close();
        broker.stop();
    }
}
