package io.lastmilehub.hub.deadletter;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import java.time.Instant;

/** A message that could not be processed, kept with its reason, payload and headers until replayed. */
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

    public DeadLetterEntity(String id, String tenant, String reason, String errorType, Instant createdAt) {
        this.id = id;
        this.tenant = tenant;
        this.reason = reason;
        this.errorType = errorType;
        this.createdAt = createdAt;
    }
}
