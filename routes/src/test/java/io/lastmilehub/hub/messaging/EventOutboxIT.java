package io.lastmilehub.hub.messaging;

import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A change's topic message and a hub killed between the database's commit and the broker's (ScaleOutIT: a POD's
 * DELIVERED, a plan's PLANNED, stored and never published). On a topic of the test's own, which no route consumes.
 */
class EventOutboxIT extends HubIntegrationTest {

    private static final String TOPIC = "lastmile.it.outbox";

    @Autowired
    private EventOutbox outbox;
    @Autowired
    private EventOutboxSweeper sweeper;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;

    @Test
    void whenTheDatabaseHasCommitted_theMessageIsThereBeforeItIsSent_andItsRowGoesOnceItIsSent() throws Exception {
        String event = "evt-" + UUID.randomUUID();
        List<String> outboxAtCommit = new ArrayList<>();
        try (TopicRecorder topic = new TopicRecorder(TOPIC)) {
            transactions.executeWithoutResult(status -> {
                outbox.keep(TOPIC, "{\"eventId\":\"" + event + "\"}", Map.of(Addresses.TENANT_HEADER, "demo"));
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        // The moment a kill -9 of the hub (or of its broker) leaves: committed, not sent.
                        outboxAtCommit.addAll(bodiesInOutbox());
                        assertThat(topic.received()).isEmpty();
                    }
                });
            });

            assertThat(outboxAtCommit).anySatisfy(body -> assertThat(body).contains(event));
            await().atMost(Duration.ofSeconds(10)).until(() -> topic.documentsWhere("eventId", event).size() == 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> bodiesInOutbox().stream().noneMatch(
                    body -> body.contains(event)));
        }
    }

    @Test
    void aRolledBackChangeLeavesNothingAndSendsNothing() throws Exception {
        String event = "evt-" + UUID.randomUUID();
        try (TopicRecorder topic = new TopicRecorder(TOPIC)) {
            transactions.executeWithoutResult(status -> {
                outbox.keep(TOPIC, "{\"eventId\":\"" + event + "\"}", Map.of(Addresses.TENANT_HEADER, "demo"));
                status.setRollbackOnly();
            });

            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() ->
                    topic.documentsWhere("eventId", event).isEmpty());
            assertThat(bodiesInOutbox()).noneMatch(body -> body.contains(event));
        }
    }

    @Test
    void whatAKilledHubLeftIsSentByTheSweepUnderItsEventId_andOnceIfTheHubHadSentItBeforeDying() throws Exception {
        String row = "out-" + UUID.randomUUID();
        String event = "evt-" + UUID.randomUUID();
        Instant now = Instant.now();
        try (TopicRecorder topic = new TopicRecorder(TOPIC)) {
            leftByAKilledHub(row, event, now.minus(Duration.ofMinutes(2)));

            sweeper.sweep(now);

            await().atMost(Duration.ofSeconds(10)).until(() -> topic.documentsWhere("eventId", event).size() == 1);
            assertThat(bodiesInOutbox()).noneMatch(body -> body.contains(event));

            // Killed after the broker's commit, before its row was deleted: the broker has the message already.
            leftByAKilledHub(row, event, now.minus(Duration.ofMinutes(2)));
            sweeper.sweep(now);

            assertThat(bodiesInOutbox()).noneMatch(body -> body.contains(event));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() ->
                    topic.documentsWhere("eventId", event).size() == 1);
        }
    }

    private void leftByAKilledHub(String row, String event, Instant at) {
        jdbc.update("insert into event_outbox (id, destination, body, headers, created_at) values (?, ?, ?, ?, ?)",
                row, TOPIC, "{\"eventId\":\"" + event + "\"}", "{\"LastMileTenant\":\"demo\"}", Timestamp.from(at));
    }

    /** The outbox as another connection sees it (committed rows only). */
    private List<String> bodiesInOutbox() {
        List<String> bodies = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select body from event_outbox");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                bodies.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return bodies;
    }
}
