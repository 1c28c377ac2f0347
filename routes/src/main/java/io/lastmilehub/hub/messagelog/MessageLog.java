package io.lastmilehub.hub.messagelog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the message log. Every call joins the transaction of the work it records (it fails without one): the entry
 * commits with the work or rolls back with it.
 */
@Service
public class MessageLog {

    private final MessageLogRepository entries;
    private final JdbcTemplate jdbc;
    private final MessageLogProperties properties;
    private final Clock clock;

    public MessageLog(MessageLogRepository entries, JdbcTemplate jdbc, MessageLogProperties properties, Clock clock) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Logs a message as of now; returns its entry's id, or nothing when the log is off. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> record(LoggedMessage message) {
        return record(message, clock.instant());
    }

    /** Logs a message received or sent at the time given (an inbound message's reception). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> record(LoggedMessage message, Instant at) {
        return save("log-" + UUID.randomUUID(), message, at);
    }

    /** Logs a message under an id of the caller's, for the outcome to be set by later ({@link #outcome}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> record(String id, LoggedMessage message) {
        return save(id, message, clock.instant());
    }

    /** Sets an entry's outcome; an entry that does not exist (the log was off) is left so. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void outcome(String id, Outcome outcome, String detail) {
        entries.findById(id).ifPresent(entry -> entry.outcome(outcome, detail, clock.instant()));
    }

    /**
     * A try to deliver an outbound message failed and is to be retried: RETRIED, with the attempt and why. In a
     * transaction of its own, as the failed try's work (if any) has rolled back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void retried(String id, int attempt, String reason) {
        entries.findById(id).ifPresent(entry -> entry.outcome(Outcome.RETRIED, "retry " + attempt + " after: "
                + reason, clock.instant()));
    }

    /**
     * The transport took an outbound message: SENT, again after retries or a dead letter. A replayed message stays
     * REPLAYED (with this detail), and an answer the receiver already gave (ACKNOWLEDGED, REFUSED) is kept.
     */
    @Transactional
    public void delivered(String id, String detail) {
        // one statement, not a read and a later write: a replay's REPLAYED committed in between would be lost
        jdbc.update("UPDATE message_log SET outcome = CASE WHEN outcome = ? THEN ? ELSE ? END, detail = ?, "
                + "outcome_at = ? WHERE id = ? AND outcome NOT IN (?, ?)", Outcome.REPLAYED.name(),
                Outcome.REPLAYED.name(), Outcome.SENT.name(), MessageLogEntry.fitted(detail),
                Timestamp.from(clock.instant()), id, Outcome.ACKNOWLEDGED.name(), Outcome.REFUSED.name());
    }

    /** The receiver answered an outbound message positively; its answer may add keys (a booking's tracking number). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void acknowledged(String id, String answer, List<BusinessKey> keys) {
        entries.findById(id).ifPresent(entry -> {
            entry.addKeys(keys);
            entry.outcome(Outcome.ACKNOWLEDGED, answer, clock.instant());
        });
    }

    /**
     * An outbound message was kept as a dead letter: DEAD_LETTERED after its retries, or FAILED when it failed for good
     * at once (refused by the receiver or by the hub's own checks, never retried). The detail names the dead letter;
     * its successful replay makes the entry REPLAYED. (The entry does not point at the dead letter's payload: an
     * outbound message whose text the log does not keep may hold a customer's code.)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deadLettered(String id, boolean retried, String reason, String deadLetterId) {
        entries.findById(id).ifPresent(entry -> entry.outcome(retried ? Outcome.DEAD_LETTERED : Outcome.FAILED,
                reason + " (dead letter " + deadLetterId + ")", clock.instant()));
    }

    private Optional<String> save(String id, LoggedMessage message, Instant at) {
        if (!properties.enabled()) {
            return Optional.empty();
        }
        entries.save(new MessageLogEntry(id, message, at));
        return Optional.of(id);
    }

    /**
     * A trading partner's answer to an interchange the hub sent it: ACKNOWLEDGED, or REFUSED when it rejected it.
     *
     * @param interchange the interchange control number (ISA13 or UNB 0020) as stored, without leading zeros
     * @param answer      the acknowledgement status as {@code edi_document} keeps it (ACCEPTED, REJECTED...)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void answered(String tenant, String partner, String interchange, String answer, Instant at) {
        Outcome outcome = "REJECTED".equals(answer) ? Outcome.REFUSED : Outcome.ACKNOWLEDGED;
        jdbc.update("UPDATE message_log SET outcome = ?, detail = ?, outcome_at = ? WHERE tenant = ? AND partner = ? "
                + "AND direction = 'OUT' AND id IN (SELECT message_id FROM message_log_key WHERE key_value = ? "
                + "AND key_type IN ('ISA13', 'UNB0020'))", outcome.name(), answer, Timestamp.from(at), tenant,
                partner, interchange);
    }

    /**
     * The entries of the message a dead letter keeps become REPLAYED when it is replayed successfully: the inbound
     * message's, and the outbound message's whose entry the dead letter's headers name (unless ACKNOWLEDGED already).
     *
     * @param logEntry the outbound message's entry, or null
     */
    @Transactional
    public void replayed(String deadLetterId, String logEntry) {
        // a request the receiver answered during the replay (synchronous, or before this commits) keeps its answer
        jdbc.update("UPDATE message_log SET outcome = ?, outcome_at = ? WHERE (dead_letter_id = ? OR id = ?) "
                + "AND outcome <> ?", Outcome.REPLAYED.name(), Timestamp.from(clock.instant()), deadLetterId,
                logEntry, Outcome.ACKNOWLEDGED.name());
    }
}
