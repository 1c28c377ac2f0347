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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway tells the transport (HTTP 202, 400 or 503) of a message that {@code hub-errors} handled: the
 * inbound route is played by a step that fails as often as a test says, under the hub's real error handling.
 */
class InboundGatewayTest {

    private static final AcceptedMessage STORED = new AcceptedMessage("msg-1", List.of("ord-1"), false);
    private static final String ACCEPTED = "accepted";

    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private RuntimeException failure;
    private final AtomicInteger answerFailuresLeft = new AtomicInteger();
    /** What each answer to the sender took the outcome for: the refusal, or "accepted". */
    private final BlockingQueue<Object> answers = new LinkedBlockingQueue<>();
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
                        .process(InboundGatewayTest.this::storeOrFail)
                        .wireTap(HubErrorHandling.OUTCOME);
                from(HubErrorHandling.OUTCOME).routeConfigurationId(HubErrorHandling.ID)
                        .process(InboundGatewayTest.this::answerOrFail);
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

    /** A message stored at the second attempt is answered as accepted (a partner gets its 990, not a rejection). */
    @Test
    void theSenderOfAMessageStoredWhenRedeliveredIsAnsweredAsAccepted() throws Exception {
        failTimes(1, new ObjectOptimisticLockingFailureException("OrderEntity", "ord-1"));

        send();

        assertThat(answers.poll(10, TimeUnit.SECONDS)).isEqualTo(ACCEPTED);
    }

    /** The answer's own first attempt failed (it raced the order's intake): its retry still answers "accepted". */
    @Test
    void anAnswerRetriedAfterItsOwnFailureStillAnswersAnAcceptedMessageAsAccepted() throws Exception {
        answerFailuresLeft.set(1);

        send();

        assertThat(answers.poll(10, TimeUnit.SECONDS)).isEqualTo(ACCEPTED);
    }

    @Test
    void theSenderOfARefusedMessageIsAnsweredWithTheRefusal() throws Exception {
        InvalidMessageException refusal = new InvalidMessageException("id", "missing");
        failTimes(1, refusal);

        send();

        assertThat(answers.poll(10, TimeUnit.SECONDS)).isSameAs(refusal);
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

    private void answerOrFail(Exchange outcome) {
        if (answerFailuresLeft.getAndDecrement() > 0) {
            throw new ObjectOptimisticLockingFailureException("OrderEntity", "ord-1");
        }
        Throwable refusal = HubErrorHandling.refusalOf(outcome);
        answers.add(refusal == null ? ACCEPTED : refusal);
    }

    /** Plays the dead-letter store: names the letter as the real one does. */
    public static class DeadLetters {

        public void record(Exchange exchange) {
            exchange.getMessage().setHeader(Addresses.DEAD_LETTER_HEADER, "dl-1");
        }
    }
}
