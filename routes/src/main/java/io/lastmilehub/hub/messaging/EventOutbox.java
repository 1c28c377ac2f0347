package io.lastmilehub.hub.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Topic messages announcing a change made in a database transaction (a status change, a plan's cost). The database
 * commits before the broker: a hub killed, or a broker failing over, between the two left the change stored and never
 * announced, and a message redelivered to a consumer that found its work done announced nothing either. So the
 * messages are written to the table {@code event_outbox} in the change's transaction (one batch, just before it
 * commits), sent once it has committed (in a broker transaction of their own, outside the consumer's session of the
 * step), and their rows deleted once the broker has committed them. What a dead hub left there is sent again by
 * {@link EventOutboxSweeper}, under the same event id and Artemis duplicate id.
 */
@Component
public class EventOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(EventOutbox.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final BrokerSenders senders;
    private final Clock clock;
    /** Rows whose messages the broker committed, deleted by the next {@link #forgetSent()}. */
    private final Queue<String> sent = new ConcurrentLinkedQueue<>();

    public EventOutbox(JdbcTemplate jdbc, BrokerSenders senders, Clock clock) {
        this.jdbc = jdbc;
        this.senders = senders;
        this.clock = clock;
    }

    /**
     * Keeps a message for the end of the current database transaction.
     *
     * @return false when no database transaction is open: the caller sends the message itself
     */
    boolean keep(String topic, String body, Map<String, String> headers) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.messages.add(new OutboxMessage("out-" + UUID.randomUUID(), topic, body, headers));
        return true;
    }

    /** The rows older than {@code before} (a dead hub's), oldest first. */
    List<OutboxMessage> stranded(Instant before, int limit) {
        return jdbc.query("select id, destination, body, headers from event_outbox where created_at < ?"
                + " order by created_at limit ?", (row, n) -> new OutboxMessage(row.getString(1), row.getString(2),
                row.getString(3), headers(row.getString(4))), Timestamp.from(before), limit);
    }

    /**
     * Sends messages now, each on its own (one the broker has already is dropped), and deletes their rows; a failed
     * send leaves them for the next sweep.
     */
    void sendAndDelete(List<OutboxMessage> messages) {
        senders.publishEachNow(messages);
        delete(messages.stream().map(OutboxMessage::id).toList());
    }

    /** Deletes the rows whose messages the broker committed since the last call. */
    @Scheduled(initialDelay = 1_000, fixedDelay = 1_000)
    @PreDestroy
    public void forgetSent() {
        List<String> ids = new ArrayList<>();
        for (String id = sent.poll(); id != null; id = sent.poll()) {
            ids.add(id);
        }
        delete(ids);
    }

    private void delete(List<String> ids) {
        if (!ids.isEmpty()) {
            jdbc.batchUpdate("delete from event_outbox where id = ?", ids, ids.size(),
                    (statement, id) -> statement.setString(1, id));
        }
    }

    private void insert(List<OutboxMessage> messages) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("insert into event_outbox (id, destination, body, headers, created_at) values (?, ?, ?, ?, ?)",
                messages, messages.size(), (statement, message) -> {
                    statement.setString(1, message.id());
                    statement.setString(2, message.topic());
                    statement.setString(3, message.body());
                    statement.setString(4, json(message.headers()));
                    statement.setTimestamp(5, now);
                });
    }

    private void sendCommitted(List<OutboxMessage> messages) {
        try {
            senders.publishNow(messages);
            messages.forEach(message -> sent.add(message.id()));
        } catch (RuntimeException brokerDown) {
            LOG.warn("{} messages of a committed change not sent ({}); they stay in the outbox for its sweep",
                    messages.size(), brokerDown.toString());
        }
    }

    private static String json(Map<String, String> headers) {
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a map of strings always serialises
        }
    }

    private static Map<String, String> headers(String json) {
        try {
            return JSON.readValue(json, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox headers not JSON", e);
        }
    }

    /** The messages of one transaction: written before it commits, sent after (when no synchronisation is left). */
    private final class Pending implements TransactionSynchronization {

        private final List<OutboxMessage> messages = new ArrayList<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(EventOutbox.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(EventOutbox.this, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            insert(messages);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(EventOutbox.this);
            if (status == STATUS_COMMITTED) {
                sendCommitted(messages);
            }
        }
    }
}
