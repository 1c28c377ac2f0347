package io.lastmilehub.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plain JMS subscriber on one of the hub's topics over its Core acceptor, as an ERP's JMS adapter subscribes: keeps
 * every JSON document published from the moment it is opened.
 */
public final class TopicSubscriber implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Connection connection;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    public TopicSubscriber(HubProcess hub, String topic) throws JMSException {
        this(Broker.connect(hub), topic);
    }

    /** The same on a connection of the caller's, e.g. to an external broker; closing the subscriber closes it. */
    public TopicSubscriber(Connection connection, String topic) throws JMSException {
        this.connection = connection;
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        session.createConsumer(session.createTopic(topic)).setMessageListener(message -> {
            try {
                received.add(MAPPER.readTree(((TextMessage) message).getText()));
            } catch (JMSException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        connection.start();
    }

    /** The documents received whose top-level {@code field} has this text, in order. */
    public List<JsonNode> where(String field, String value) {
        return received.stream().filter(document -> value.equals(document.path(field).asText())).toList();
    }

    /** Every document received so far. */
    public List<JsonNode> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
