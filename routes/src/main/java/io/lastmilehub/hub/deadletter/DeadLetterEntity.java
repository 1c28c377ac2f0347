package io.lastmilehub.hub.deadletter;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import java.time.Instant;

/**
 * A message that could not be processed, kept with its reason, payload and headers until replayed. A person may edit
 * the payload before a replay: the edit is kept beside the original, which never changes.
 */
@Entity
@Table(name = "dead_letter")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DeadLetterEntity {

    @Id
    private String id;
    private String tenant;
    private String reason;
    /** The trading partner, else the format, else the route it failed in. */
    private String source = "unknown";
    @Enumerated(EnumType.STRING)
    private DeadLetterState state = DeadLetterState.OPEN;
    private String errorType;
    private String routeId;
    private String endpointUri;
    private byte[] payload;
    /** Headers as a JSON object. */
    private String headers;
    private Instant createdAt;
    private int replayCount;
    private Instant lastReplayedAt;
    private String replayOutcome;
    private byte[] editedPayload;
    private String editedBy;
    private Instant editedAt;
    private String discardReason;
    private String discardedBy;
    private Instant discardedAt;

    public DeadLetterEntity(String id, String tenant, String reason, String errorType, Instant createdAt) {
        this.id = id;
        this.tenant = tenant;
        this.reason = reason;
        this.errorType = errorType;
        this.createdAt = createdAt;
    }

    /** What a replay sends: the edited payload when a person edited it, else the original. */
    public byte[] payloadToReplay() {
        return editedPayload != null ? editedPayload : payload;
    }

    public void edit(byte[] edited, String by, Instant at) {
        this.editedPayload = edited;
        this.editedBy = by;
        this.editedAt = at;
    }

    public void discard(String why, String by, Instant at) {
        this.state = DeadLetterState.DISCARDED;
        this.discardReason = why;
        this.discardedBy = by;
        this.discardedAt = at;
    }
}
