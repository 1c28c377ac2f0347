package io.lastmilehub.hub.inbound;

import io.lastmilehub.hub.camel.InboundRoutes;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.web.ApiError;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code POST /api/v1/inbound/{format}}: the raw message as the source system sends it. 202 once it is stored and
 * enqueued, 400 naming what is wrong (the message is then in the dead-letter store), 503 when the hub could not
 * take it now.
 */
@RestController
public class InboundController {

    private final ProducerTemplate producer;

    public InboundController(ProducerTemplate producer) {
        this.producer = producer;
    }

    @PostMapping(path = "/api/v1/inbound/{format}", consumes = "*/*")
    public ResponseEntity<Object> receive(@PathVariable String format, @RequestBody byte[] body,
                                          @RequestHeader HttpHeaders httpHeaders, Authentication caller) {
        Exchange result = producer.send(InboundRoutes.INBOUND, exchange -> {
            exchange.getMessage().setHeaders(transportHeaders(httpHeaders));
            exchange.getMessage().setHeader(Addresses.TENANT_HEADER, caller.getName());
            exchange.getMessage().setHeader(Addresses.FORMAT_HEADER, format);
            exchange.getMessage().setBody(body);
        });
        Throwable failure = result.getException() != null ? result.getException()
                : result.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, Throwable.class);
        String deadLetter = result.getMessage().getHeader(Addresses.DEAD_LETTER_HEADER, String.class);
        if (failure instanceof InvalidMessageException invalid) {
            return ResponseEntity.badRequest().body(ApiError.invalid(invalid, deadLetter));
        }
        if (failure != null) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(ApiError.unavailable(failure, deadLetter));
        }
        return ResponseEntity.accepted().body(result.getMessage().getBody(AcceptedMessage.class));
    }

    /** HTTP headers a mapper may use (content type, the sender's message id); credentials never pass. */
    private static Map<String, Object> transportHeaders(HttpHeaders httpHeaders) {
        Map<String, Object> kept = new HashMap<>();
        httpHeaders.forEach((name, values) -> kept.put(name, String.join(",", values)));
        return kept;
    }
}
