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
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
        return documents().filter(document -> value.equals(document.path(field).asText())).toList();
    }

    /**
     * The entries of the documents' top-level array {@code list} whose {@code field} has this text, in order (the
     * ETAs of {@code lastmile.eta} messages, for one order: {@code entriesWhere("etas", "orderId", id)}).
     */
    public List<JsonNode> entriesWhere(String list, String field, String value) {
        return documents().flatMap(document -> StreamSupport.stream(document.path(list).spliterator(), false))
                .filter(entry -> value.equals(entry.path(field).asText())).toList();
    }

    private Stream<JsonNode> documents() {
        return received.stream().map(message -> {
            try {
                return JSON.readTree(message.body());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON: " + message.body(), e);
            }
        });
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
