package io.lastmilehub.hub.inbound;

import io.lastmilehub.hub.camel.ExchangeFailures;
import io.lastmilehub.hub.messaging.Addresses;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands a raw message to {@code direct:inbound}, the entry every transport shares (HTTP, SOAP, inboxes), and tells
 * what became of it. A refused or failed message is in the dead-letter store by the time this returns.
 */
@Component
public class InboundGateway {

    private final ProducerTemplate producer;

    public InboundGateway(ProducerTemplate producer) {
        this.producer = producer;
    }

    /**
     * @param headers transport headers a mapper may use (content type, the sender's message id); never credentials
     */
    public Outcome send(String tenant, String format, byte[] body, Map<String, Object> headers) {
        Exchange result = producer.send(InboundRoutes.INBOUND, exchange -> {
            exchange.getMessage().setHeaders(new HashMap<>(headers));
            exchange.getMessage().getHeaders().putAll(senderHeaders());
            exchange.getMessage().setHeader(Addresses.TENANT_HEADER, tenant);
            exchange.getMessage().setHeader(Addresses.FORMAT_HEADER, format);
            exchange.getMessage().setBody(body);
        });
        Throwable failure = ExchangeFailures.of(result);
        String deadLetter = result.getMessage().getHeader(Addresses.DEAD_LETTER_HEADER, String.class);
        return failure == null ? new Outcome(result.getMessage().getBody(AcceptedMessage.class), null, null)
                : new Outcome(null, failure, deadLetter);
    }

    /**
     * Who sent the message over HTTP (REST or SOAP), kept with its dead letter should it fail: the address the request
     * came from and the client's User-Agent. Empty for a message from an inbox or a queue (a job keeps its sender's).
     */
    public static Map<String, Object> senderHeaders() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Map.of();
        }
        HttpServletRequest request = attributes.getRequest();
        Map<String, Object> sender = new HashMap<>();
        sender.put(Addresses.SENDER_ADDRESS_HEADER, request.getRemoteAddr());
        String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
        if (userAgent != null) {
            sender.put(Addresses.SENDER_AGENT_HEADER, userAgent);
        }
        return sender;
    }

    /**
     * What became of a message: accepted, or failed (refused when the failure is an
     * {@link io.lastmilehub.hub.errors.InvalidMessageException}, otherwise the hub could not take it now).
     *
     * @param accepted   the answer, when accepted
     * @param failure    why not, otherwise
     * @param deadLetter the dead letter it was kept as, when it failed
     */
    public record Outcome(AcceptedMessage accepted, Throwable failure, String deadLetter) {
    }
}
