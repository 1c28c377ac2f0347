package io.lastmilehub.hub.messaging;

import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatusEvent;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts canonical documents on the broker. Sends are persistent and use transacted sessions that Spring ties to the
 * caller's database transaction: a message sent while a transaction is open reaches the broker right after it
 * commits and never if it rolls back, so no consumer sees a message about data it cannot read yet. Outside a
 * transaction a send is committed at once. Which connection a send uses: {@link BrokerSenders}. A topic message sent
 * in a database transaction (a status change, a plan's cost) goes through the {@link EventOutbox}, so that a hub
 * killed between the two commits does not lose it; queue messages have sweeps of their own (orders, jobs,
 * notifications).
 */
@Component
public class EventPublisher {

    private final BrokerSenders senders;
    private final EventOutbox outbox;

    public EventPublisher(BrokerSenders senders, EventOutbox outbox) {
        this.senders = senders;
        this.outbox = outbox;
    }

    /** An order for the intake stage, in its own message group: a second message for it (a sweep's) waits its turn. */
    public void orderReceived(DeliveryOrder order) {
        send(senders.queues(), Addresses.ORDERS_RECEIVED, CanonicalJson.toJson(order), Map.of(
                Addresses.TENANT_HEADER, order.getTenant(), Addresses.ORDER_HEADER, order.getId(),
                Addresses.GROUP_HEADER, order.getId()));
    }

    /**
     * The orders of one message, through one producer: a send of its own per order looked the queue up on the broker
     * each time, a quarter of the time a batch of 10,000 orders took.
     */
    public void ordersReceived(List<DeliveryOrder> orders) {
        senders.queues().execute(session -> {
            MessageProducer producer = session.createProducer(session.createQueue(Addresses.ORDERS_RECEIVED));
            try {
                for (DeliveryOrder order : orders) {
                    producer.send(message(session, CanonicalJson.toJson(order), Map.of(Addresses.TENANT_HEADER,
                            order.getTenant(), Addresses.ORDER_HEADER, order.getId())));
                }
            } finally {
                producer.close();
            }
            return null;
        }, true);
    }

    public void statusChanged(DeliveryStatusEvent event) {
        publish(Addresses.STATUS, CanonicalJson.toJson(event), Map.of(
                Addresses.TENANT_HEADER, event.getTenant(), Addresses.ORDER_HEADER, event.getOrderId()));
    }

    /** A status change that is a delay: the same event, with how far behind plan the vehicle is as a header. */
    public void delayReported(DeliveryStatusEvent event, Duration behindPlan) {
        publish(Addresses.STATUS, CanonicalJson.toJson(event), Map.of(
                Addresses.TENANT_HEADER, event.getTenant(), Addresses.ORDER_HEADER, event.getOrderId(),
                Addresses.DELAY_HEADER, Long.toString(behindPlan.toSeconds())));
    }

    /** A plan request for the planning consumers, in the depot's message group. */
    public void planRequested(String tenant, String depotId, String planId, String requestJson) {
        send(senders.queues(), Addresses.PLANNING_REQUESTS, requestJson, Map.of(Addresses.TENANT_HEADER, tenant,
                Addresses.PLAN_HEADER, planId, Addresses.GROUP_HEADER, tenant + "/" + depotId));
    }

    /** An inbound job for the job consumers; its id is the body, its payload stays in the database. */
    public void inboundJob(String tenant, String jobId) {
        send(senders.queues(), Addresses.INBOUND_JOBS, jobId, Map.of(Addresses.TENANT_HEADER, tenant));
    }

    /** An accepted position, given as its canonical JSON (serialised once for the database and the topic). */
    public void positionReported(String tenant, String positionJson) {
        publish(Addresses.POSITIONS, positionJson, Map.of(Addresses.TENANT_HEADER, tenant));
    }

    /**
     * The live ETAs one position changed: the document is the hub's EtaChanges, serialised like the canonical types;
     * {@link Addresses#ORDERS_HEADER} names its orders.
     */
    public void etasChanged(Object etaChanges, String tenant, String planId, List<String> orderIds) {
        Map<String, String> headers = new HashMap<>(Map.of(Addresses.TENANT_HEADER, tenant,
                Addresses.ORDERS_HEADER, String.join(",", orderIds)));
        if (planId != null) {
            headers.put(Addresses.PLAN_HEADER, planId);
        }
        publish(Addresses.ETA, CanonicalJson.toJson(etaChanges), headers);
    }

    public void planCosted(CostSummary cost) {
        publish(Addresses.COST, CanonicalJson.toJson(cost),
                Map.of(Addresses.TENANT_HEADER, cost.getTenant()));
    }

    /**
     * A customer notification (JSON), sent on by the route of its channel.
     *
     * @param logEntry its message log entry, or null when the log is off
     */
    public void notification(String tenant, String orderId, String notificationId, String channel, String json,
                             String logEntry) {
        send(senders.queues(), Addresses.NOTIFICATIONS, json, withLogEntry(Map.of(Addresses.TENANT_HEADER, tenant,
                Addresses.ORDER_HEADER, orderId, Addresses.NOTIFICATION_HEADER, notificationId,
                Addresses.CHANNEL_HEADER, channel), logEntry));
    }

    /**
     * An IDoc (XML) for the tenant's SAP system, delivered by its sap-idoc-outbound route.
     *
     * @param logEntry its message log entry, or null when the log is off
     */
    public void toSap(String tenant, String messageType, byte[] idocXml, String logEntry) {
        sendBytes(Addresses.SAP_OUTBOUND, idocXml, withLogEntry(Map.of(Addresses.TENANT_HEADER, tenant,
                Addresses.MESSAGE_TYPE_HEADER, messageType), logEntry));
    }

    /**
     * An EDI interchange for a trading partner, delivered by the partner's transport route (selector on
     * {@link Addresses#PARTNER_HEADER}), which writes or uploads it as {@code fileName}.
     *
     * @param logEntry its message log entry, or null when the log is off
     */
    public void toEdiPartner(String tenant, String partner, String messageType, String fileName, byte[] edi,
                             String logEntry) {
        sendBytes(Addresses.EDI_OUTBOUND, edi, withLogEntry(Map.of(Addresses.TENANT_HEADER, tenant,
                Addresses.PARTNER_HEADER, partner, Addresses.MESSAGE_TYPE_HEADER, messageType,
                Addresses.FILE_NAME_HEADER, fileName, Addresses.CAMEL_FILE_NAME_HEADER, fileName), logEntry));
    }

    /** The headers with {@link Addresses#LOG_ENTRY_HEADER} added, when there is an entry. */
    public static Map<String, String> withLogEntry(Map<String, String> headers, String logEntry) {
        if (logEntry == null) {
            return headers;
        }
        Map<String, String> with = new HashMap<>(headers);
        with.put(Addresses.LOG_ENTRY_HEADER, logEntry);
        return with;
    }

    private void sendBytes(String queue, byte[] body, Map<String, String> headers) {
        senders.queues().send(queue, session -> {
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(body);
            for (Map.Entry<String, String> header : headers.entrySet()) {
                message.setStringProperty(header.getKey(), header.getValue());
            }
            return message;
        });
    }

    private void publish(String topic, String body, Map<String, String> headers) {
        if (!outbox.keep(topic, body, headers)) {
            send(senders.topics(), topic, body, headers);
        }
    }

    private static void send(JmsTemplate template, String destination, String body, Map<String, String> headers) {
        template.send(destination, session -> message(session, body, headers));
    }

    private static Message message(Session session, String body, Map<String, String> headers) throws JMSException {
        Message message = session.createTextMessage(body);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            message.setStringProperty(header.getKey(), header.getValue());
        }
        return message;
    }

}
