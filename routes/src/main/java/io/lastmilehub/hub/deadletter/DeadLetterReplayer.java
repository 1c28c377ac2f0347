package io.lastmilehub.hub.deadletter;

import io.lastmilehub.hub.camel.ExchangeFailures;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.messagelog.MessageLog;
import io.lastmilehub.hub.messaging.Addresses;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;

/**
 * Sends a dead letter's payload (the edited one, if a person edited it, else the original) and headers to the
 * endpoint of the route that failed. A replay that fails again becomes a new dead letter; the old one records the
 * outcome either way, and leaves the open ones once a replay delivered it.
 */
@Component
public class DeadLetterReplayer {

    private final DeadLetterRepository repository;
    private final ProducerTemplate producer;
    private final ObjectMapper json;
    private final MessageLog log;
    private final Clock clock;

    public DeadLetterReplayer(DeadLetterRepository repository, ProducerTemplate producer, ObjectMapper json,
                              MessageLog log, Clock clock) {
        this.repository = repository;
        this.producer = producer;
        this.json = json;
        this.log = log;
        this.clock = clock;
    }

    public DeadLetterView replay(DeadLetterEntity letter) {
        Map<String, Object> headers = headersOf(letter);
        Exchange result = producer.send(letter.getEndpointUri(), exchange -> {
            exchange.getMessage().setHeaders(headers);
            exchange.getMessage().setBody(letter.payloadToReplay());
        });
        letter.setReplayCount(letter.getReplayCount() + 1);
        letter.setLastReplayedAt(clock.instant());
        letter.setReplayOutcome(outcomeOf(result));
        if (ExchangeFailures.of(result) == null) {
            letter.setState(DeadLetterState.REPLAYED);
            Object logEntry = headers.get(Addresses.LOG_ENTRY_HEADER);
            log.replayed(letter.getId(), logEntry == null ? null : logEntry.toString());
        }
        return DeadLetterView.of(repository.save(letter));
    }

    private static String outcomeOf(Exchange result) {
        Throwable failure = ExchangeFailures.of(result);
        if (failure == null) {
            return "delivered";
        }
        String newLetter = result.getMessage().getHeader(Addresses.DEAD_LETTER_HEADER, String.class);
        return "failed again: " + failure.getMessage() + (newLetter == null ? "" : " (dead letter " + newLetter + ")");
    }

    private Map<String, Object> headersOf(DeadLetterEntity letter) {
        try {
            return json.readValue(letter.getHeaders(), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Dead letter " + letter.getId() + " has unreadable headers", e);
        }
    }
}
