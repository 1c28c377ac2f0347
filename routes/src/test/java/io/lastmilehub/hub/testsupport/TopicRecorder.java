package io.lastmilehub.hub.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plain JMS client on the hub's embedded broker (in-VM), as an ERP's JMS adapter would subscribe: records every
 * text message published on a topic from the moment it is opened.
 */
public final class TopicRecorder implements AutoCloseable {

    /** One message as received. */
    public record Received(String body, String tenant) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public TopicRecorder(String topic) throws JMSException {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("vm://0");
        connection = factory.createConnection();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(session.createTopic(topic));
        consumer.setMessageListener(message -> {
            try {
                received.add(new Received(((TextMessage) message).getText(),
                        message.getStringProperty("LastMileTenant")));
            } catch (JMSException e) {
                throw new IllegalStateException(e);
            }
        });
        connection.start();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The JSON documents received whose top-level {@code field} has this text, in order. */
    public List<JsonNode> documentsWhere(String field, String value) {
        return received.stream().map(message -> {
            try {
                return JSON.readTree(message.body());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON: " + message.body(), e);
            }
        }).filter(document -> value.equals(document.path(field).asText())).toList();
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
