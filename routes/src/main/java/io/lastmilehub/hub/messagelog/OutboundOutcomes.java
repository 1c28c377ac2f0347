package io.lastmilehub.hub.messagelog;

import io.lastmilehub.hub.messaging.Addresses;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * What became of an outbound message on the route that delivers it, set on its message log entry, which the header
 * {@link Addresses#LOG_ENTRY_HEADER} names (the hub sets it when it queues the message): RETRIED before each
 * redelivery (called by the shared error handler), SENT once the transport took it, ACKNOWLEDGED once the receiver
 * answered a request. A dead letter is recorded by the dead-letter store. An exchange without the header is left
 * alone.
 */
@Component("outboundOutcomes")
public class OutboundOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(OutboundOutcomes.class);

    private final MessageLog log;

    public OutboundOutcomes(MessageLog log) {
        this.log = log;
    }

    /** Before a redelivery: the try that failed, and why. A log that cannot be written does not stop the retry. */
    public void retried(Exchange exchange) {
        String entry = entryOf(exchange);
        if (entry == null) {
            return;
        }
        Throwable failure = exchange.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, Throwable.class);
        int attempt = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        try {
            log.retried(entry, attempt, failure == null ? "unknown failure" : String.valueOf(failure.getMessage()));
        } catch (RuntimeException e) {
            LOG.warn("Retry {} of message log entry {} not recorded: {}", attempt, entry, e.getMessage());
        }
    }

    /** The last step of a delivery route: the transport took the message (with the HTTP status, over HTTP). */
    public void delivered(Exchange exchange) {
        String entry = entryOf(exchange);
        if (entry != null) {
            Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
            log.delivered(entry, status == null ? "delivered" : "delivered, HTTP " + status);
        }
    }

    /** The receiver of a request answered it, without a fault. */
    @Transactional
    public void acknowledged(Exchange exchange) {
        String entry = entryOf(exchange);
        if (entry != null) {
            log.acknowledged(entry, "answered", List.of());
        }
    }

    private static String entryOf(Exchange exchange) {
        return exchange.getMessage().getHeader(Addresses.LOG_ENTRY_HEADER, String.class);
    }
}
