package io.lastmilehub.hub.notify;

import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.scheduling.MinuteSweep;
import io.lastmilehub.hub.scheduling.OncePerTick;
import io.lastmilehub.hub.scheduling.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends again the notifications that stayed QUEUED. A notification is recorded and its message sent in one database
 * transaction, but the broker commits after the database: a crash between the two left the row QUEUED with no message.
 * The row keeps the message (its payload) until it is sent, so the sweep, once the hub is up and then every minute,
 * puts it back on its channel's queue. A message that was only slow, not lost, is not sent twice: the channel's route
 * drops a message of a notification already SENT ({@link NotificationLog#unsent}).
 */
@Component
public class NotificationSweeper extends MinuteSweep {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSweeper.class);
    /** How long a notification may stay QUEUED before it is sent again: longer than a send's retries take. */
    static final Duration PATIENCE = Duration.ofMinutes(5);
    /** A notification sent again is not sent again before this, however long its channel's backlog. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(30);
    private static final int PAGE = 100;

    private final NotificationRepository notifications;
    private final EventPublisher publisher;
    private final TransactionTemplate transactions;

    public NotificationSweeper(NotificationRepository notifications, EventPublisher publisher,
                               TransactionTemplate transactions, OncePerTick ticks, Clock clock) {
        super(ScheduledJob.NOTIFICATION_SWEEP, ticks, clock);
        this.notifications = notifications;
        this.publisher = publisher;
        this.transactions = transactions;
    }

    /** Sends again what was QUEUED longer than {@link #PATIENCE} at {@code now}; returns how many. */
    @Override
    public int sweep(Instant now) {
        int sent = 0;
        List<String> stranded;
        do {
            stranded = notifications.stranded(now.minus(PATIENCE), now.minus(RESEND_AFTER), PageRequest.of(0, PAGE));
            stranded.forEach(id -> transactions.executeWithoutResult(status -> resend(id, now)));
            sent += stranded.size();
        } while (!stranded.isEmpty());
        if (sent > 0) {
            LOG.warn("{} notifications stayed QUEUED without being sent (a crash or broker failure after they were "
                    + "recorded): sent again", sent);
        }
        return sent;
    }

    private void resend(String id, Instant now) {
        notifications.findById(id).filter(n -> NotificationEntity.QUEUED.equals(n.getStatus())).ifPresent(n -> {
            n.setResentAt(now);
            publisher.notification(n.getTenant(), n.getOrderId(), n.getId(), n.getChannel(), n.getPayload(),
                    NotificationLog.entryOf(n.getId()));
        });
    }
}
