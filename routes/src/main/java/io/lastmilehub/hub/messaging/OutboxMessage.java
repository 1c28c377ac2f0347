package io.lastmilehub.hub.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;

import java.util.Map;

import static org.apache.activemq.artemis.api.core.Message.HDR_DUPLICATE_DETECTION_ID;

/**
 * A topic message kept in the {@link EventOutbox} until the broker has committed it.
 *
 * @param id the row's id; also the message's Artemis duplicate id, so that a broker that has it already (the sweep
 *           sent again what a killed hub had published just before it died) drops the copy
 */
record OutboxMessage(String id, String topic, String body, Map<String, String> headers) {

    Message toJms(Session session) throws JMSException {
        Message message = session.createTextMessage(body);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            message.setStringProperty(header.getKey(), header.getValue());
        }
        message.setStringProperty(HDR_DUPLICATE_DETECTION_ID.toString(), id);
        return message;
    }
}
