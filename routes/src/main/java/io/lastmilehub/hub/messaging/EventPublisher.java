package io.lastmilehub.hub.messaging;

import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.TrackingPosition;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Puts canonical documents on the broker. Sends are persistent and use transacted sessions that Spring ties to the
 * caller's database transaction: a message sent while a transaction is open reaches the broker right after it
 * commits and never if it rolls back, so no consumer sees a message about data it cannot read yet. Outside a
 * transaction a send is committed at once.
 */
@Component
public class EventPublisher {

    private final JmsTemplate queues;
    private final JmsTemplate topics;

    public EventPublisher(ConnectionFactory connectionFactory) {
        this.queues = template(connectionFactory, false);
        this.topics = template(connectionFactory, true);
    }

    public void orderReceived(DeliveryOrder order) {
        send(queues, Addresses.ORDERS_RECEIVED, CanonicalJson.toJson(order), Map.of(
                Addresses.TENANT_HEADER, order.getTenant(), Addresses.ORDER_HEADER, order.getId()));
    }

    public void statusChanged(DeliveryStatusEvent event) {
        send(topics, Addresses.STATUS, CanonicalJson.toJson(event), Map.of(
                Addresses.TENANT_HEADER, event.getTenant(), Addresses.ORDER_HEADER, event.getOrderId()));
    }

    public void positionReported(TrackingPosition position) {
        send(topics, Addresses.POSITIONS, CanonicalJson.toJson(position),
                Map.of(Addresses.TENANT_HEADER, position.getTenant()));
    }

    public void planCosted(CostSummary cost) {
        send(topics, Addresses.COST, CanonicalJson.toJson(cost), Map.of(Addresses.TENANT_HEADER, cost.getTenant()));
    }

    /** A customer notification (JSON), sent on by the route of its channel. */
    public void notification(String tenant, String orderId, String notificationId, String channel, String json) {
        send(queues, Addresses.NOTIFICATIONS, json, Map.of(Addresses.TENANT_HEADER, tenant,
                Addresses.ORDER_HEADER, orderId, Addresses.NOTIFICATION_HEADER, notificationId,
                Addresses.CHANNEL_HEADER, channel));
    }

    /** An IDoc (XML) for the tenant's SAP system, delivered by its sap-idoc-outbound route. */
    public void toSap(String tenant, String messageType, byte[] idocXml) {
        queues.send(Addresses.SAP_OUTBOUND, session -> {
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(idocXml);
            message.setStringProperty(Addresses.TENANT_HEADER, tenant);
            message.setStringProperty(Addresses.MESSAGE_TYPE_HEADER, messageType);
            return message;
        });
    }

    private static void send(JmsTemplate template, String destination, String body, Map<String, String> headers) {
        template.send(destination, session -> {
            Message message = session.createTextMessage(body);
            for (Map.Entry<String, String> header : headers.entrySet()) {
                message.setStringProperty(header.getKey(), header.getValue());
            }
            return message;
        });
    }

    private static JmsTemplate template(ConnectionFactory connectionFactory, boolean topics) {
        JmsTemplate template = new JmsTemplate(connectionFactory);
        template.setPubSubDomain(topics);
        template.setSessionTransacted(true);
        return template;
    }

}
