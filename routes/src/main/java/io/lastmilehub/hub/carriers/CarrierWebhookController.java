package io.lastmilehub.hub.carriers;

import io.lastmilehub.connectors.carrier.WebhookRejectedException;
import io.lastmilehub.connectors.carrier.WebhookSignature;
import io.lastmilehub.hub.camel.ExchangeFailures;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.web.ApiError;
import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.hub.web.Outages;
import io.lastmilehub.hub.web.RawBody;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/**
 * {@code POST /carriers/{id}/webhooks}: a carrier's status events. No API key (the carrier has none): the request must
 * carry the HMAC-SHA256 signature of its timestamp and body with the carrier's shared secret, and a timestamp within
 * the tolerance (an old request replayed is refused). A refused signature is answered 401 and nothing is kept; a
 * signed body the hub cannot apply is answered 400 naming the field and kept as a dead letter, to be replayed.
 */
@RestController
public class CarrierWebhookController {

    private final CarrierRegistry carriers;
    private final ProducerTemplate producer;
    private final Clock clock;

    public CarrierWebhookController(CarrierRegistry carriers, ProducerTemplate producer, Clock clock) {
        this.carriers = carriers;
        this.producer = producer;
        this.clock = clock;
    }

    @PostMapping(path = "/carriers/{id}/webhooks")
    public ResponseEntity<Object> receive(@PathVariable String id, RawBody raw, @RequestHeader HttpHeaders headers) {
        byte[] body = raw.bytes();
        Carrier carrier = carriers.find(id).filter(c -> c.webhookSignature().isPresent())
                .orElseThrow(() -> new NotFoundException("carrier with webhooks", id));
        CarrierConfig.Webhook webhook = carrier.config().webhook();
        WebhookSignature signature = carrier.webhookSignature().orElseThrow();
        try {
            signature.verify(headers.getFirst(webhook.timestampHeader()), headers.getFirst(webhook.signatureHeader()),
                    body, clock.instant());
        } catch (WebhookRejectedException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(new ApiError("unauthorized", e.getMessage(),
                    List.of(), null));
        }
        Exchange result = producer.send(CarrierRoutes.WEBHOOK, exchange -> {
            exchange.getMessage().setHeader(Addresses.TENANT_HEADER, carrier.tenant());
            exchange.getMessage().setHeader(CarrierQueues.CARRIER_HEADER, carrier.id());
            exchange.getMessage().setBody(body);
        });
        Throwable failure = ExchangeFailures.of(result);
        String deadLetter = result.getMessage().getHeader(Addresses.DEAD_LETTER_HEADER, String.class);
        if (failure instanceof InvalidMessageException invalid) {
            return ResponseEntity.badRequest().body(ApiError.invalid(invalid, deadLetter));
        }
        if (failure != null) {
            return Outages.answer(deadLetter);
        }
        return ResponseEntity.ok(result.getMessage().getBody(WebhookOutcome.class));
    }
}
