package io.lastmilehub.hub.messagelog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.springframework.data.domain.Persistable;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One message the hub received or sent (table {@code message_log}). Its payload is here only when no other table
 * keeps it: an accepted inbound message's is in {@code inbound_message}, a refused one's in {@code dead_letter}.
 */
@Entity
@Table(name = "message_log")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MessageLogEntry implements Persistable<String> {

    private static final int MAX_DETAIL = 1000;

    @Id
    private String id;
    private String tenant;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    private String format;
    private String partner;
    private Instant loggedAt;
    private int sizeBytes;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private Instant outcomeAt;
    private String detail;
    private String contentType;
    private byte[] payload;
    private String inboundMessageId;
    private String deadLetterId;
    private boolean payloadPurged;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "message_log_key", joinColumns = @JoinColumn(name = "message_id"))
    private Set<BusinessKey> keys = new LinkedHashSet<>();
    /** An entry is written once, by an id of its own: saving it inserts, without a look-up first. */
    @Transient
    private boolean unsaved;

    MessageLogEntry(String id, LoggedMessage message, Instant at) {
        this.id = id;
        this.tenant = message.tenant();
        this.direction = message.direction();
        this.format = message.format();
        this.partner = message.partner();
        this.loggedAt = at;
        this.sizeBytes = message.size();
        this.contentType = message.contentType();
        this.payload = message.payload();
        this.inboundMessageId = message.inboundMessageId();
        this.deadLetterId = message.deadLetterId();
        this.keys.addAll(message.keys());
        this.unsaved = true;
        outcome(message.outcome(), message.detail(), at);
    }

    @Override
    public boolean isNew() {
        return unsaved;
    }

    @PostPersist
    void saved() {
        unsaved = false;
    }

    void addKeys(List<BusinessKey> added) {
        keys.addAll(added);
    }

    void outcome(Outcome newOutcome, String newDetail, Instant at) {
        this.outcome = newOutcome;
        this.detail = fitted(newDetail);
        this.outcomeAt = at;
    }

    /** A detail cut to the column's length. */
    static String fitted(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }
}
