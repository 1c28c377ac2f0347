package io.lastmilehub.hub.notify;

import io.lastmilehub.hub.messagelog.MessageLog;
import io.lastmilehub.hub.messaging.Addresses;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Records what became of a notification when its route is done with it: sent, or failed after its retries and
 * kept as a dead letter (named, so it can be replayed; a replay that succeeds records it as sent), and counts it
 * ({@value #SENDS}, by channel and outcome {@code sent} or {@code failed}). Its message log entry follows: RETRIED
 * while it is retried, DEAD_LETTERED (set by the dead-letter store), then REPLAYED after a replay that succeeds.
 */
@Component("notificationLog")
public class NotificationLog {

    /** Counter: notifications sent or given up (dead-lettered after their retries), by channel. */
    static final String SENDS = "lastmile.notification.sends";
    private static final Logger LOG = LoggerFactory.getLogger(NotificationLog.class);
    private static final int MAX_ERROR = 1000;
    private static final int RECORD_CHECKS = 50;
    private static final Duration RECORD_CHECK_INTERVAL = Duration.ofMillis(100);
    /** How long a send may hold its notification: beyond every channel's time-out and retries. */
    static final Duration CLAIM = Duration.ofMinutes(5);
    /** Exchange property: this message of a notification was dropped, its outcome is another message's. */
    private static final String DROPPED = "LastMileNotificationDropped";
    private static final String JMS_MESSAGE_ID = "JMSMessageID";

    private final NotificationRepository notifications;
    private final MessageLog log;
    private final MeterRegistry meters;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public NotificationLog(NotificationRepository notifications, MessageLog log, MeterRegistry meters,
                           PlatformTransactionManager transactionManager, Clock clock) {
        this.notifications = notifications;
        this.log = log;
        this.meters = meters;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The message log entry of a notification. */
    static String entryOf(String notificationId) {
        return "log-" + notificationId;
    }

    /**
     * Waits until a notification's record is committed before it is sent: the queued message can reach its route
     * a moment before the database transaction that recorded it commits. A record that does not appear fails the
     * send (retried, then dead-lettered), so nothing goes out that the API would not show.
     */
    public void requireRecorded(@Header(Addresses.NOTIFICATION_HEADER) String id) throws InterruptedException {
        for (int check = 0; id != null && check < RECORD_CHECKS; check++) {
            if (notifications.existsById(id)) {
                return;
            }
            Thread.sleep(RECORD_CHECK_INTERVAL.toMillis());
        }
        throw new IllegalStateException("notification " + id + " is not recorded");
    }

    /**
     * Whether this message of a notification is the one to send it: the notification is claimed for
     * {@link #CLAIM} in a transaction of its own, which one message wins. A second message of one notification (the
     * sweeper's, and the one that was in flight when it looked, even when two hub instances take them at the same
     * instant) finds it SENT, or claimed by another message, and is dropped, so the customer hears it once. The same
     * message delivered again (after a crash, or rolled back) claims it again.
     */
    public boolean unsent(@Header(Addresses.NOTIFICATION_HEADER) String id,
                          @Header(JMS_MESSAGE_ID) String messageId, Exchange exchange) {
        if (id == null) {
            return true;
        }
        Instant now = clock.instant();
        String claimant = messageId == null ? exchange.getExchangeId() : messageId;
        boolean claimed = Boolean.TRUE.equals(ownTransaction.execute(status ->
                notifications.claim(id, claimant, now, now.plus(CLAIM)) == 1));
        if (!claimed) {
            exchange.setProperty(DROPPED, true);
            LOG.info("Notification {} was sent already, or is being sent: this message of it is dropped", id);
        }
        return claimed;
    }

    @Transactional
    public void completed(Exchange exchange) {
        String id = exchange.getMessage().getHeader(Addresses.NOTIFICATION_HEADER, String.class);
        String deadLetter = exchange.getMessage().getHeader(Addresses.DEAD_LETTER_HEADER, String.class);
        if (id == null || exchange.getProperty(DROPPED, false, Boolean.class)) {
            return;
        }
        if (deadLetter == null && exchange.isFailed()) {
            return; // rolled back to the broker, which delivers it again (the same message: it claims it again)
        }
        notifications.findById(id).filter(NotificationLog::isUnsent)
                .ifPresent(notification -> record(notification, deadLetter, exchange));
    }

    private void record(NotificationEntity notification, String deadLetter, Exchange exchange) {
        String id = notification.getId();
        // Kept only until now, to send it again after a crash; its text may hold a customer code.
        notification.setPayload(null);
        // A replay of a dead letter claims it anew.
        notification.setClaimedBy(null);
        notification.setClaimedUntil(null);
        if (deadLetter == null) {
            notification.setStatus(NotificationEntity.SENT);
            notification.setSentAt(clock.instant());
            notification.setError(null);
            log.delivered(entryOf(id), "delivered");
            meters.counter(SENDS, "channel", notification.getChannel(), "outcome", "sent").increment();
        } else {
            Throwable error = exchange.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, Throwable.class);
            String reason = error == null ? "failed" : String.valueOf(error.getMessage());
            notification.setStatus(NotificationEntity.FAILED);
            notification.setError(reason.substring(0, Math.min(reason.length(), MAX_ERROR)));
            notification.setDeadLetterId(deadLetter);
            meters.counter(SENDS, "channel", notification.getChannel(), "outcome", "failed").increment();
        }
    }

    private static boolean isUnsent(NotificationEntity notification) {
        return !NotificationEntity.SENT.equals(notification.getStatus());
    }
}
