package io.lastmilehub.hub.messaging;

import io.lastmilehub.hub.scheduling.MinuteSweep;
import io.lastmilehub.hub.scheduling.OncePerTick;
import io.lastmilehub.hub.scheduling.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends what a hub killed between its database's commit and its broker's left in the {@link EventOutbox}: once the
 * hub is up, then every minute, on one instance at a time. A live hub deletes its rows within a second or two of
 * their commit, so a row a minute old was left by a dead one (or by a broker that was down). Each message goes out
 * under its event id and its Artemis duplicate id, so receivers de-duplicate one sent twice (a hub killed after its
 * broker's commit, before it deleted the row).
 */
@Component
public class EventOutboxSweeper extends MinuteSweep {

    private static final Logger LOG = LoggerFactory.getLogger(EventOutboxSweeper.class);
    /** How long a row may stay before it is taken for a dead hub's. */
    static final Duration PATIENCE = Duration.ofMinutes(1);
    private static final int PAGE = 500;

    private final EventOutbox outbox;

    public EventOutboxSweeper(EventOutbox outbox, OncePerTick ticks, Clock clock) {
        super(ScheduledJob.EVENT_OUTBOX_SWEEP, ticks, clock);
        this.outbox = outbox;
    }

    /** Sends what stayed in the outbox longer than {@link #PATIENCE} at {@code now}; returns how many. */
    @Override
    public int sweep(Instant now) {
        int sent = 0;
        List<OutboxMessage> stranded;
        do {
            stranded = outbox.stranded(now.minus(PATIENCE), PAGE);
            if (!stranded.isEmpty()) {
                outbox.sendAndDelete(stranded);
            }
            sent += stranded.size();
        } while (stranded.size() == PAGE);
        if (sent > 0) {
            LOG.warn("{} topic messages of committed changes were never sent (a hub killed, or a broker down, after "
                    + "the database's commit): sent now", sent);
        }
        return sent;
    }
}
