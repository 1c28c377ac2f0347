package io.lastmilehub.hub.notify;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import java.time.Instant;

/** A notification the hub queued for a customer on one channel, and what became of it. */
@Entity
@Table(name = "notification")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class NotificationEntity {

    /** Queued for its channel; sent; or failed after its retries (then kept as a dead letter). */
    public static final String QUEUED = "QUEUED";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    @Id
    private String id;
    private String tenant;
    private String orderId;
    private String eventId;
    private String kind;
    private String channel;
    private String recipient;
    private String status;
    private Instant createdAt;
    private Instant sentAt;
    private String error;
    private String deadLetterId;
    /** The queued message (OutboundNotification JSON) until it is sent or dead-lettered, to send it again. */
    private String payload;
    /** When {@link NotificationSweeper} last sent it again. */
    private Instant resentAt;
    /** The message that is sending it (its JMS message id), until when; see NotificationLog#unsent. */
    private String claimedBy;
    private Instant claimedUntil;

    public NotificationEntity(String id, String tenant, String orderId, String eventId, String kind, String channel,
                              String recipient, String payload, Instant createdAt) {
        this.id = id;
        this.tenant = tenant;
        this.orderId = orderId;
        this.eventId = eventId;
        this.kind = kind;
        this.channel = channel;
        this.recipient = recipient;
        this.payload = payload;
        this.status = QUEUED;
        this.createdAt = createdAt;
    }
}
