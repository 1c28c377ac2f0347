package io.lastmilehub.hub.inbound.jobs;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;

/** A message taken in after its 202 (a large one, or one its sender asked to be answered at once), and its outcome. */
@Entity
@Table(name = "inbound_job")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class InboundJobEntity {

    /** Where a job stands: QUEUED → RUNNING → DONE (its orders stored) or FAILED (refused, or kept for replay). */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    @Id
    private String id;
    private String tenant;
    private String format;
    private String payloadSha256;
    private int payloadBytes;
    /** The transport headers a mapper may read (content type, the sender's message id, signatures), as JSON. */
    private String headers;
    @Enumerated(EnumType.STRING)
    private State state;
    private int attempts;
    private Integer ordersTotal;
    private int ordersStored;
    private Instant receivedAt;
    private Instant startedAt;
    private Instant finishedAt;
    /** When the job last moved (queued, started, progressed, sent again): the sweep finds jobs that stopped moving. */
    private Instant touchedAt;
    private String messageId;
    /** The answer a synchronous request would have had (messageId, orders, duplicate), as JSON. */
    private String result;
    /** The error a synchronous request would have had, in the hub's error format, as JSON. */
    private String error;

    InboundJobEntity(String id, String tenant, String format, int payloadBytes, String payloadSha256, String headers,
                     Instant receivedAt) {
        this.id = id;
        this.tenant = tenant;
        this.format = format;
        this.payloadBytes = payloadBytes;
        this.payloadSha256 = payloadSha256;
        this.headers = headers;
        this.state = State.QUEUED;
        this.receivedAt = receivedAt;
        this.touchedAt = receivedAt;
    }

    boolean isFinished() {
        return state == State.DONE || state == State.FAILED;
    }

    /** An attempt begins: a job cut short by a restart starts over, its progress with it. */
    void start(Instant now) {
        state = State.RUNNING;
        attempts++;
        ordersTotal = null;
        ordersStored = 0;
        startedAt = now;
        touchedAt = now;
    }

    void done(String messageId, String resultJson, Instant now) {
        finish(State.DONE, now);
        this.messageId = messageId;
        this.result = resultJson;
    }

    void failed(String errorJson, Instant now) {
        finish(State.FAILED, now);
        this.error = errorJson;
    }

    /** Sent to the queue again by the sweep: it counts as moved, so the next sweep waits again. */
    void resent(Instant now) {
        touchedAt = now;
    }

    private void finish(State outcome, Instant now) {
        state = outcome;
        finishedAt = now;
        touchedAt = now;
    }
}
