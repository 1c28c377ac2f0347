package io.lastmilehub.hub.messagelog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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

    /** The entries of the message a dead letter keeps become REPLAYED when it is replayed successfully. */
    @Transactional
    public void replayed(String deadLetterId) {
        jdbc.update("UPDATE message_log SET outcome = ?, outcome_at = ? WHERE dead_letter_id = ?",
                Outcome.REPLAYED.name(), Timestamp.from(clock.instant()), deadLetterId);
    }
}
