package io.lastmilehub.hub.deadletter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.messagelog.LoggedMessage;
import io.lastmilehub.hub.messagelog.MessageLog;
import io.lastmilehub.hub.messagelog.Outcome;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.messaging.PlainHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Keeps a message that could not be processed: the reason, the original payload, its headers, and the endpoint of
 * the route that failed, so that it can be replayed there. Runs in its own transaction: the failed work rolls back,
 * the dead letter stays, and with it the message log entry of an inbound message (REFUSED or DEAD_LETTERED) or the
 * outcome of an outbound one (DEAD_LETTERED, or FAILED when refused at once). Counts it by route ({@value
 * #DEAD_LETTERS}).
 */
@Component("deadLetterStore")
public class DeadLetterStore {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterStore.class);
    /** The route every inbound message enters by (InboundRoutes). */
    private static final String INBOUND_ROUTE = "inbound-message";
    /** Counter: messages kept as dead letters, by the route that failed them. */
    static final String DEAD_LETTERS = "lastmile.dead.letters";

    private final DeadLetterRepository repository;
    private final ObjectMapper json;
    private final MessageLog log;
    private final MeterRegistry meters;
    private final Clock clock;

    public DeadLetterStore(DeadLetterRepository repository, ObjectMapper json, MessageLog log, MeterRegistry meters,
                           Clock clock) {
        this.repository = repository;
        this.json = json;
        this.log = log;
        this.meters = meters;
        this.clock = clock;
    }

    /** Called by the error handler with the original message; sets the dead letter id as a header. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Exchange exchange) {
        Throwable error = exchange.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, Throwable.class);
        String tenant = exchange.getMessage().getHeader(Addresses.TENANT_HEADER, String.class);
        DeadLetterEntity letter = new DeadLetterEntity("dl-" + UUID.randomUUID(), tenant, reasonOf(error),
                error == null ? "unknown" : error.getClass().getName(), clock.instant());
        String routeId = exchange.getProperty(ExchangePropertyKey.FAILURE_ROUTE_ID, String.class);
        letter.setRouteId(routeId);
        letter.setSource(sourceOf(exchange, routeId));
        letter.setEndpointUri(consumerEndpointOf(exchange, routeId));
        letter.setPayload(exchange.getMessage().getBody(byte[].class));
        letter.setHeaders(headersOf(exchange));
        repository.save(letter);
        if (INBOUND_ROUTE.equals(routeId) && tenant != null) {
            byte[] payload = letter.getPayload();
            log.record(LoggedMessage.deadLettered(tenant, exchange.getMessage().getHeader(Addresses.FORMAT_HEADER,
                    "unknown", String.class), payload == null ? 0 : payload.length, error instanceof
                    InvalidMessageException ? Outcome.REFUSED : Outcome.DEAD_LETTERED, letter.getReason(),
                    letter.getId()));
        }
        String logEntry = exchange.getMessage().getHeader(Addresses.LOG_ENTRY_HEADER, String.class);
        if (logEntry != null) {
            // an outbound message: refused at once (never retried) or given up after its retries
            log.deadLettered(logEntry, !(error instanceof InvalidMessageException), letter.getReason(), letter.getId());
        }
        meters.counter(DEAD_LETTERS, "routeId", routeId == null ? "unknown" : routeId).increment();
        exchange.getMessage().setHeader(Addresses.DEAD_LETTER_HEADER, letter.getId());
        LOG.warn("Dead letter {} (tenant {}, route {}): {}", letter.getId(), tenant, routeId, letter.getReason());
    }

    private static String reasonOf(Throwable error) {
        if (error == null) {
            return "unknown failure";
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    /** What a person filters by: the trading partner, else the format, else the route. */
    private static String sourceOf(Exchange exchange, String routeId) {
        for (String header : new String[] {Addresses.PARTNER_HEADER, Addresses.FORMAT_HEADER}) {
            String value = exchange.getMessage().getHeader(header, String.class);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return routeId == null ? "unknown" : routeId;
    }

    private static String consumerEndpointOf(Exchange exchange, String routeId) {
        Route route = routeId == null ? null : exchange.getContext().getRoute(routeId);
        return route == null ? exchange.getFromEndpoint().getEndpointUri() : route.getEndpoint().getEndpointUri();
    }

    private String headersOf(Exchange exchange) {
        try {
            return json.writeValueAsString(PlainHeaders.of(exchange.getMessage().getHeaders()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Headers of plain values always serialise", e);
        }
    }
}
