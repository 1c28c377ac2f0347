package io.lastmilehub.hub.carriers;

import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.messaging.BrokerSenders;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import org.springframework.stereotype.Component;

/**
 * The carriers' two queues: bookings to make ({@link #BOOKINGS}) and manifest documents to deliver
 * ({@link #OUTBOUND}). Sends join the caller's transaction like {@link io.lastmilehub.hub.messaging.EventPublisher}'s:
 * they reach the broker when the database work commits, never when it rolls back.
 */
@Component
public class CarrierQueues {

    /** Queue: one message per shipment to book, body the order id; consumed by the carrier-booking route. */
    public static final String BOOKINGS = "lastmile.carrier.bookings";
    /** Queue: manifest documents, one per format; each carrier's carrier-outbound route takes its own. */
    public static final String OUTBOUND = "lastmile.carrier.outbound";
    /** Header: the carrier a message is for. */
    public static final String CARRIER_HEADER = "LastMileCarrier";
    /** Header: the manifest a document belongs to. */
    public static final String MANIFEST_HEADER = "LastMileManifestId";
    /** Header: the document's media type, the Content-Type of an HTTP delivery. */
    public static final String CONTENT_TYPE_HEADER = "LastMileContentType";
    /**
     * Header: the file name of the document, {@code <carrier>-<manifest id>.<extension>}; the carrier-outbound route
     * copies it to {@code CamelFileName} (Camel's JMS component does not carry headers named Camel* over the broker).
     */
    public static final String FILE_NAME_HEADER = "LastMileFileName";

    private final BrokerSenders senders;

    public CarrierQueues(BrokerSenders senders) {
        this.senders = senders;
    }

    /**
     * A shipment of the carrier to book.
     *
     * @param logEntry the booking's message log entry, or null when the log is off
     */
    public void book(Carrier carrier, String orderId, String logEntry) {
        senders.queues().send(BOOKINGS, session -> {
            var message = session.createTextMessage(orderId);
            message.setStringProperty(Addresses.TENANT_HEADER, carrier.tenant());
            message.setStringProperty(CARRIER_HEADER, carrier.id());
            message.setStringProperty(Addresses.ORDER_HEADER, orderId);
            logged(message, logEntry);
            return message;
        });
    }

    /**
     * One document of a manifest, for the carrier's carrier-outbound route.
     *
     * @param logEntry the document's message log entry, or null when the log is off
     */
    public void deliver(Carrier carrier, String manifestId, ManifestFormat format, byte[] document,
                        String logEntry) {
        senders.queues().send(OUTBOUND, session -> {
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(document);
            message.setStringProperty(Addresses.TENANT_HEADER, carrier.tenant());
            message.setStringProperty(CARRIER_HEADER, carrier.id());
            message.setStringProperty(Addresses.MESSAGE_TYPE_HEADER, format.messageType());
            message.setStringProperty(MANIFEST_HEADER, manifestId);
            message.setStringProperty(CONTENT_TYPE_HEADER, format.mediaType());
            message.setStringProperty(FILE_NAME_HEADER, carrier.id() + "-" + manifestId + "." + format.extension());
            logged(message, logEntry);
            return message;
        });
    }

    private static void logged(Message message, String logEntry) throws JMSException {
        if (logEntry != null) {
            message.setStringProperty(Addresses.LOG_ENTRY_HEADER, logEntry);
        }
    }
}
