package io.lastmilehub.hub.inbound;

import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.messagelog.OutboundOutcomes;
import io.lastmilehub.hub.config.BoundProperties;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.messaging.Addresses;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway tells the transport (HTTP 202, 400 or 503) of a message that {@code hub-errors} handled: the
 * inbound route is played by a step that fails as often as a test says, under the hub's real error handling.
 */
class InboundGatewayTest {

    private static final AcceptedMessage STORED = new AcceptedMessage("msg-1", List.of("ord-1"), false);

    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private RuntimeException failure;
    private InboundGateway gateway;

    @BeforeEach
    void startCamel() throws Exception {
        camel.getRegistry().bind("deadLetterStore", new DeadLetters());
        camel.addRoutes(new HubErrorHandling(BoundProperties.of(Map.of("lastmile.redelivery.max-attempts", "2",
                "lastmile.redelivery.initial-delay", "1ms")), new OutboundOutcomes(null)));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(InboundRoutes.INBOUND).routeId("inbound-message").routeConfigurationId(HubErrorHandling.ID)
                        .process(InboundGatewayTest.this::storeOrFail);
                from(HubErrorHandling.OUTCOME).log("outcome");
            }
        });
        camel.start();
        gateway = new InboundGateway(camel.createProducerTemplate());
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    /** The revision of an order raced the order's intake stage: the retry stored it, so the sender gets its 202. */
    @Test
    void aMessageStoredWhenRedeliveredIsAccepted() {
        failTimes(1, new ObjectOptimisticLockingFailureException("OrderEntity", "ord-1"));

        InboundGateway.Outcome outcome = send();

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.accepted()).isEqualTo(STORED);
        assertThat(outcome.deadLetter()).isNull();
    }

    @Test
    void aMessageThatFailsEveryAttemptIsDeadLetteredAndNotAccepted() {
        failTimes(3, new ObjectOptimisticLockingFailureException("OrderEntity", "ord-1"));

        InboundGateway.Outcome outcome = send();

        assertThat(outcome.failure()).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(outcome.accepted()).isNull();
        assertThat(outcome.deadLetter()).isEqualTo("dl-1");
    }

    @Test
    void aRefusedMessageIsDeadLetteredWithItsReason() {
        failTimes(1, new InvalidMessageException("id", "missing"));

        InboundGateway.Outcome outcome = send();

        assertThat(outcome.failure()).isInstanceOf(InvalidMessageException.class);
        assertThat(outcome.deadLetter()).isEqualTo("dl-1");
    }

    private InboundGateway.Outcome send() {
        return gateway.send("demo", "woocommerce", "{}".getBytes(), Map.of());
    }

    private void failTimes(int times, RuntimeException cause) {
        failuresLeft.set(times);
        failure = cause;
    }

    private void storeOrFail(Exchange exchange) {
        if (failuresLeft.getAndDecrement() > 0) {
            throw failure;
        }
        exchange.getMessage().setBody(STORED);
    }

    /** Plays the dead-letter store: names the letter as the real one does. */
    public static class DeadLetters {

        public void record(Exchange exchange) {
            exchange.getMessage().setHeader(Addresses.DEAD_LETTER_HEADER, "dl-1");
        }
    }
}
