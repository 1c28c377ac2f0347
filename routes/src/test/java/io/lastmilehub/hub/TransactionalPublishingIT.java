package io.lastmilehub.hub;

import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * What the hub publishes inside a database transaction reaches the broker only when that transaction commits, so a
 * consumer never sees a message about data it cannot read yet, and a rolled-back change announces nothing.
 */
class TransactionalPublishingIT extends HubIntegrationTest {

    @Autowired
    private EventPublisher publisher;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aMessageSentInATransactionIsDeliveredOnlyAfterTheCommit() throws Exception {
        String orderId = "ord-tx-" + UUID.randomUUID();
        try (TopicRecorder status = new TopicRecorder("lastmile.status")) {
            transactions.executeWithoutResult(tx -> {
                publisher.statusChanged(event(orderId));
                await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                        .until(() -> status.received().stream().noneMatch(m -> m.body().contains(orderId)));
            });
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> status.received().stream().anyMatch(m -> m.body().contains(orderId)));
        }
    }

    @Test
    void aMessageSentInARolledBackTransactionIsNeverDelivered() throws Exception {
        String orderId = "ord-rollback-" + UUID.randomUUID();
        try (TopicRecorder status = new TopicRecorder("lastmile.status")) {
            transactions.executeWithoutResult(tx -> {
                publisher.statusChanged(event(orderId));
                tx.setRollbackOnly();
            });
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> status.received().stream().noneMatch(m -> m.body().contains(orderId)));
        }
    }

    private static DeliveryStatusEvent event(String orderId) {
        return DeliveryStatusEvent.builder().eventId("evt-" + orderId).tenant("demo").orderId(orderId)
                .status(DeliveryStatus.RECEIVED).occurredAt(Instant.now()).build();
    }
}
