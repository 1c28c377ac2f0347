package io.lastmilehub.hub.orders;

import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.scheduling.OncePerTick;
import io.lastmilehub.hub.scheduling.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Puts stored orders that the intake stage never took back on its queue. An order is stored and its intake message
 * sent in one database transaction, but the broker commits after the database: a crash, or a broker that fails,
 * between the two leaves an order without its message. The sweep runs once the hub is up (for what a crash left) and
 * then every minute (for orders waiting longer than {@link #PATIENCE}); the intake passes over orders it already took,
 * so a message sent twice does no harm. The minute's sweep runs on one hub instance
 * ({@link ScheduledJob#INTAKE_SWEEP}); the sweep at start-up runs on the instance that starts, whatever the others
 * do, since it is about its own crash.
 */
@Component
public class IntakeSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeSweeper.class);
    /** How long an order may wait for the intake stage before it is sent again (a backlog drains within it). */
    static final Duration PATIENCE = Duration.ofMinutes(2);
    /** An order sent again is not sent again before this, however long the backlog. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(10);

    private final IntakeMarks marks;
    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final EventPublisher publisher;
    private final TransactionTemplate transactions;
    private final OncePerTick ticks;
    private final Clock clock;

    public IntakeSweeper(IntakeMarks marks, OrderRepository orders, OrderDocuments documents,
                         EventPublisher publisher, TransactionTemplate transactions, OncePerTick ticks, Clock clock) {
        this.marks = marks;
        this.orders = orders;
        this.documents = documents;
        this.publisher = publisher;
        this.transactions = transactions;
        this.ticks = ticks;
        this.clock = clock;
    }

    /** Sends again every order stored until now and not taken (at start-up: whatever a crash left). */
    @EventListener(ApplicationReadyEvent.class)
    public int sweepNow() {
        return sweep(clock.instant());
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    public void everyMinute() {
        ticks.run(ScheduledJob.INTAKE_SWEEP, () -> sweep(clock.instant().minus(PATIENCE)));
    }

    /** Sends the intake message again for orders stored before {@code receivedBefore}; returns how many. */
    private int sweep(Instant receivedBefore) {
        int sent = 0;
        List<String> untaken;
        do {
            Instant now = clock.instant();
            untaken = marks.untaken(receivedBefore, now.minus(RESEND_AFTER));
            untaken.forEach(orderId -> transactions.executeWithoutResult(status -> requeue(orderId, now)));
            sent += untaken.size();
        } while (!untaken.isEmpty());
        if (sent > 0) {
            LOG.warn("{} stored orders had no intake message (a crash or broker failure after their storage): sent "
                    + "again", sent);
        }
        return sent;
    }

    private void requeue(String orderId, Instant now) {
        orders.findById(orderId).ifPresent(entity -> {
            marks.markRequeued(orderId, now);
            publisher.orderReceived(documents.read(entity));
        });
    }
}
