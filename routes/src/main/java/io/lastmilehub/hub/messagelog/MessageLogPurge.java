package io.lastmilehub.hub.messagelog;

import io.lastmilehub.hub.scheduling.OncePerTick;
import io.lastmilehub.hub.scheduling.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Drops the payloads of messages logged longer ago than {@link MessageLogProperties#retention()}, every hour: the
 * entry and its keys stay searchable. One hub instance runs each tick ({@link ScheduledJob#MESSAGE_LOG_PURGE}): the
 * update is idempotent, but N instances would scan the log N times. An accepted inbound message's bytes stay in
 * {@code inbound_message}, the idempotency record; the log stops showing them.
 */
@Component
public class MessageLogPurge {

    private static final Logger LOG = LoggerFactory.getLogger(MessageLogPurge.class);

    private final JdbcTemplate jdbc;
    private final MessageLogProperties properties;
    private final OncePerTick ticks;
    private final Clock clock;

    public MessageLogPurge(JdbcTemplate jdbc, MessageLogProperties properties, OncePerTick ticks, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.ticks = ticks;
        this.clock = clock;
    }

    @Scheduled(initialDelay = 300_000, fixedDelay = 3_600_000)
    void everyHour() {
        ticks.run(ScheduledJob.MESSAGE_LOG_PURGE, this::purge);
    }

    /** Drops the payloads past the retention now; returns how many. */
    public int purge() {
        int purged = jdbc.update("UPDATE message_log SET payload = NULL, payload_purged = TRUE "
                + "WHERE logged_at < ? AND payload_purged = FALSE",
                Timestamp.from(clock.instant().minus(properties.retention())));
        if (purged > 0) {
            LOG.info("Dropped the payloads of {} logged messages older than {}", purged, properties.retention());
        }
        return purged;
    }
}
